namespace Pucha.Features.ScoreSheets;

/// <summary>What a person did with one indicator of a sheet.</summary>
public enum SheetDecision
{
    /// <summary>人工评分: points (or a veto) entered by a person, for an indicator only a person can judge or on a self-check.</summary>
    Manual,

    /// <summary>确认: the person agrees with the machine's result.</summary>
    Confirm,

    /// <summary>改判: the person replaces the machine's result (a note is required).</summary>
    Override,
}
