namespace Pucha.Features.Monitoring.Dashboard;

/// <summary>
/// One site's current state in an organizer's overview. Counts the platform does not hold yet for a
/// site (no column check or inspection has run) are null, shown as “—”, never as 0.
/// </summary>
public sealed record SiteStateRow(
    int SiteId,
    string Name,
    string? SiteCode,
    string HomepageUrl,
    string? OrganizationName,
    int Visits7d,
    int Failures7d,
    decimal? FailurePercent7d,
    DateTime? LastProbeUtc,
    bool? LastProbeOk,
    int HomepageUpdates14d,
    int? StaleColumns,
    int? BrokenLinks,
    DateTime? LastInspectionUtc);
