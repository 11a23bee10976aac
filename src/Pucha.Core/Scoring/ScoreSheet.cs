namespace Pucha.Core.Scoring;

/// <summary>
/// A scored indicator table for one site (or organizer) as of one monitoring date.
/// Scores are exact; formatters round for display.
/// </summary>
public sealed record ScoreSheet
{
    public required string IndicatorSet { get; init; }
    public required string Title { get; init; }
    public required string Version { get; init; }
    public required DateOnly AsOf { get; init; }

    /// <summary>The exemption applied (e.g. 没有对外服务职能的国务院部门), if any.</summary>
    public string? Exemption { get; init; }

    /// <summary>The veto indicators that fired, with their evidence. Non-empty means 不合格 and nothing else scored.</summary>
    public required IReadOnlyList<IndicatorScore> Vetoes { get; init; }

    /// <summary>Points deducted in the deduction part (before any exemption multiplier); null when vetoed.</summary>
    public decimal? Deducted { get; init; }

    /// <summary>Score of the deduction part (2019: 100 − 扣分, or (75 − 扣分) × 4/3); null when the table gives no score or vetoed.</summary>
    public decimal? DeductionPart { get; init; }

    /// <summary>Points of the bonus part; null when it was not reached (≤ 80) or the table has none.</summary>
    public decimal? Bonus { get; init; }

    /// <summary>最后得分 = deduction part + bonus part; null when the table gives no score or vetoed.</summary>
    public decimal? Total { get; init; }

    public required bool Qualified { get; init; }

    /// <summary>Why, in Chinese (e.g. 单项否决：站点无法访问; 扣分超过40分).</summary>
    public required string Verdict { get; init; }

    public required IReadOnlyList<IndicatorScore> Items { get; init; }

    /// <summary>Indicators still waiting for a person.</summary>
    public IEnumerable<IndicatorScore> NeedingManual => Items.Where(i => i.PendingManual);
}
