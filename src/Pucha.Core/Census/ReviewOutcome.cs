namespace Pucha.Core.Census;

/// <summary>
/// The result of <see cref="ReviewWorkflow.Apply"/>: either the new status with the history entry to
/// store (and whether the site must now get its 网站标识码), or a Chinese refusal.
/// </summary>
public sealed class ReviewOutcome
{
    private ReviewOutcome(ReviewStatus status, ReviewHistoryEntry? entry, bool issuesIdentifier, string? error)
    {
        Status = status;
        Entry = entry;
        IssuesIdentifier = issuesIdentifier;
        Error = error;
    }

    public bool Succeeded => Error is null;

    public ReviewStatus Status { get; }

    public ReviewHistoryEntry? Entry { get; }

    /// <summary>True when this action was the final approval: issue 网站标识码 and 校验码 in the same transaction.</summary>
    public bool IssuesIdentifier { get; }

    public string? Error { get; }

    internal static ReviewOutcome Done(ReviewStatus status, ReviewHistoryEntry entry, bool issuesIdentifier) =>
        new(status, entry, issuesIdentifier, null);

    internal static ReviewOutcome Refused(ReviewStatus unchanged, string error) => new(unchanged, null, false, error);
}
