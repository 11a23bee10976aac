namespace Pucha.Core.Scoring;

/// <summary>
/// A person's judgement on one indicator (人工评判), entered on the score sheet with a note.
/// An entry with 0 points and no veto records that the person found no problem.
/// </summary>
/// <param name="IndicatorId">The indicator in the set being scored.</param>
/// <param name="Points">Points deducted (扣分指标) or awarded (加分指标); 0 for veto indicators.</param>
/// <param name="Veto">For veto indicators: the person confirms the veto.</param>
/// <param name="Note">What the person saw (required: a decision without a reason cannot be reviewed).</param>
/// <param name="Person">Who decided.</param>
public sealed record ManualEntry(string IndicatorId, decimal Points, bool Veto, string Note, string Person)
{
    /// <summary>
    /// The person overrides the machine (改判): the machine's lines of this indicator stay on the sheet
    /// as evidence, marked overridden, and only the people's entries count.
    /// </summary>
    public bool Overrides { get; init; }
}
