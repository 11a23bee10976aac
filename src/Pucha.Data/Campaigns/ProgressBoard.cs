namespace Pucha.Data.Campaigns;

/// <summary>The counts of an organizer's subtree by state, one row per direct child, and their total.</summary>
public sealed record ProgressBoard(IReadOnlyList<ProgressRow> Rows, StateCounts Total);
