namespace Pucha.Core.Scoring;

/// <summary>Where an indicator ended up on the score sheet.</summary>
public enum IndicatorStatus
{
    /// <summary>未发现问题 (or, for a bonus indicator, 未得分).</summary>
    Clear,

    /// <summary>扣分.</summary>
    Deducted,

    /// <summary>加分.</summary>
    Awarded,

    /// <summary>单项否决.</summary>
    Vetoed,

    /// <summary>需人工评判: only a person can judge it and no one has yet.</summary>
    NeedsManual,

    /// <summary>不检查: exempt for this kind of site.</summary>
    Skipped,

    /// <summary>未评分: a veto stopped scoring, or the bonus part was not reached.</summary>
    NotScored,
}
