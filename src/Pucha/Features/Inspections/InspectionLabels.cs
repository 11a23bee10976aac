using Pucha.Data.Inspections;

namespace Pucha.Features.Inspections;

/// <summary>Chinese labels of run states and triggers.</summary>
public static class InspectionLabels
{
    public static string Of(InspectionRunStatus status) => status switch
    {
        InspectionRunStatus.Queued => "排队中",
        InspectionRunStatus.Running => "检查中",
        InspectionRunStatus.Completed => "已完成",
        InspectionRunStatus.Failed => "检查失败",
        _ => status.ToString(),
    };

    public static string Of(InspectionTrigger trigger) => trigger switch
    {
        InspectionTrigger.Manual => "立即检查",
        InspectionTrigger.Weekly => "每周全面检查",
        _ => trigger.ToString(),
    };
}
