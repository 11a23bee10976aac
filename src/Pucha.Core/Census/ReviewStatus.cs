using Pucha.Core.Websites;

namespace Pucha.Core.Census;

/// <summary>
/// Where a record stands: its state and the route step it concerns — the step that must review it
/// when <see cref="CensusStatus.PendingReview"/>, the step that returned it when <see cref="CensusStatus.Returned"/>,
/// the final step when <see cref="CensusStatus.Approved"/>; 0 when not submitted.
/// </summary>
public readonly record struct ReviewStatus(CensusStatus State, int Step)
{
    public static ReviewStatus New => new(CensusStatus.NotSubmitted, 0);
}
