namespace Pucha.Data.Monitoring;

/// <summary>
/// One line of an organizer's site table: the site's monitoring state as of a point in time.
/// Availability over the 7 days before it, homepage updates over the 14 days before it (dated items
/// first seen by then, counted by their Beijing publication date), the columns by the rules, and
/// the latest probe, snapshot and certificate. Counts are 0 and times null when nothing is stored.
/// </summary>
public sealed record SiteMonitoringState
{
    public required int SiteId { get; init; }
    public required string Name { get; init; }
    public required string HomepageUrl { get; init; }
    public required string OrganizationPath { get; init; }

    public int Visits7Days { get; init; }
    public int Failures7Days { get; init; }

    /// <summary>Failure share over 7 days in percent (0 when no visit).</summary>
    public decimal FailurePercent7Days => Visits7Days == 0 ? 0m : Math.Round(Failures7Days * 100m / Visits7Days, 2);

    public DateTime? LastProbeUtc { get; init; }
    public bool? LastProbeOk { get; init; }

    /// <summary>Failed visits since the last successful one (the run an outage alert counts).</summary>
    public int ConsecutiveFailures { get; init; }

    public int HomepageUpdates14Days { get; init; }
    public DateTime? LastSnapshotUtc { get; init; }
    public DateTime? CertificateNotAfterUtc { get; init; }

    /// <summary>Columns read at least once (the ones the column counts judge).</summary>
    public int CheckedColumns { get; init; }
    public int StaleColumns { get; init; }
    public int LongStaleColumns { get; init; }
    public int EmptyColumns { get; init; }
}
