namespace Pucha.Core.Indicators;

/// <summary>The set-level rules that turn indicator results into a verdict (合格/不合格) and a score.</summary>
public sealed record ScoringPolicy
{
    /// <summary>
    /// Full points of the deduction part (2019: 100). Null when the table gives no score, only
    /// deductions (2015) or only vetoes (2019 new media).
    /// </summary>
    public decimal? DeductionPoints { get; init; }

    /// <summary>Full points of the bonus part (2019 websites: 30; supervision: 20).</summary>
    public decimal BonusPoints { get; init; }

    /// <summary>The deduction part's score below this is 不合格 (2019: 60; exactly 60 is 合格).</summary>
    public decimal? QualifiedMinimum { get; init; }

    /// <summary>The bonus part is scored only when the deduction part is strictly above this (2019: 80).</summary>
    public decimal? BonusAbove { get; init; }

    /// <summary>More points deducted than this is 不合格 (2015: 40; exactly 40 is 合格).</summary>
    public decimal? MaxDeducted { get; init; }
}
