namespace Pucha.Data.Campaigns;

/// <summary>
/// How many records of a subtree are in each state: 未提交, 未审核, 退回, 审核通过, and how many of them
/// are 逾期 (a record that is late is also counted in its state).
/// </summary>
public sealed record StateCounts(int NotSubmitted, int PendingReview, int Returned, int Approved, int Late)
{
    public static StateCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public int Total => NotSubmitted + PendingReview + Returned + Approved;

    public StateCounts Plus(StateCounts other) => new(
        NotSubmitted + other.NotSubmitted, PendingReview + other.PendingReview, Returned + other.Returned,
        Approved + other.Approved, Late + other.Late);
}
