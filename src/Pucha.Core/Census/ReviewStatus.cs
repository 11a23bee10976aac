namespace Pucha.Core.Census;

/// <summary>
/// Where a record stands: its state and the route step it concerns — the step that must review it
/// when <see cref="ReviewState.Pending"/>, the step that returned it when <see cref="ReviewState.Returned"/>,
/// the final step when <see cref="ReviewState.Approved"/>; 0 when not submitted.
/// </summary>
public readonly record struct ReviewStatus(ReviewState State, int Step)
{
    public static ReviewStatus New => new(ReviewState.NotSubmitted, 0);
}
