namespace Pucha.Core.Campaigns;

/// <summary>The official Chinese words for a campaign's phases and deadlines.</summary>
public static class CampaignLabels
{
    public static string Of(CampaignPhase phase) => phase switch
    {
        CampaignPhase.Survey => "统计摸底",
        CampaignPhase.Rectification => "检查整改",
        CampaignPhase.SpotCheck => "抽查核查",
        CampaignPhase.Bulletin => "通报总结",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    /// <summary>How the phase bar names the state between and around phases.</summary>
    public static string Of(PhaseStatus status) => status.Phase is { } phase
        ? Of(phase)
        : status.Kind switch
        {
            PhaseStatusKind.NotStarted => "未开始",
            PhaseStatusKind.Between => "阶段间隔",
            PhaseStatusKind.Finished => "已结束",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };

    public const string SubmissionDeadline = "填报单位提交截止日期";
    public const string CountyReviewDeadline = "县级审核截止日期";
    public const string CityReviewDeadline = "市级审核截止日期";
    public const string ProvinceReviewDeadline = "省级（部委）审核截止日期";
    public const string Late = "逾期";
}
