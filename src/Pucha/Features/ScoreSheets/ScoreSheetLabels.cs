using Pucha.Data.ScoreSheets;

namespace Pucha.Features.ScoreSheets;

/// <summary>Chinese labels of sheet kinds and states.</summary>
public static class ScoreSheetLabels
{
    public static string Of(ScoreSheetKind kind) => kind switch
    {
        ScoreSheetKind.SelfCheck => "自查",
        ScoreSheetKind.Inspection => "检查",
        ScoreSheetKind.SpotCheck => "抽查",
        _ => kind.ToString(),
    };

    public static string Of(ScoreSheetStatus status) => status switch
    {
        ScoreSheetStatus.Draft => "填写中",
        ScoreSheetStatus.Submitted => "已提交",
        _ => status.ToString(),
    };

    public static string Of(SheetDecision decision) => decision switch
    {
        SheetDecision.Manual => "人工评分",
        SheetDecision.Confirm => "确认",
        SheetDecision.Override => "改判",
        _ => decision.ToString(),
    };
}
