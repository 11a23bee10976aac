namespace Pucha.Core.Scoring;

/// <summary>
/// One reason behind an indicator's result: a rule the machine applied to observations, or a person's entry.
/// </summary>
/// <param name="RuleId">The rule applied; null for a manual entry.</param>
/// <param name="Text">The rule's words, or the person's note.</param>
/// <param name="Occurrences">How many occurrences the rule counted.</param>
/// <param name="Points">Points this line counts before the indicator's cap.</param>
/// <param name="Veto">This line vetoes the site.</param>
/// <param name="Person">Null when the machine decided; else who did.</param>
/// <param name="ForReview">The machine only suggests this; a person must confirm it.</param>
/// <param name="Observations">The evidence.</param>
public sealed record ScoreLine(
    string? RuleId,
    string Text,
    decimal Occurrences,
    decimal Points,
    bool Veto,
    string? Person,
    bool ForReview,
    IReadOnlyList<Observation> Observations)
{
    public bool ByMachine => Person is null;

    /// <summary>A person overrode this machine line (改判): it is shown, not counted.</summary>
    public bool Overridden { get; init; }
}
