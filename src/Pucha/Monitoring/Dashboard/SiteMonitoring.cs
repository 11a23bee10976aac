namespace Pucha.Monitoring.Dashboard;

/// <summary>
/// Everything the site's monitoring page and its charts show, as of one point in time: the 7-day
/// availability window (every visit, the failures with time and reason, the share against 5 %),
/// the 14-day homepage updates per day, and the latest column and link findings when they exist.
/// Days are Beijing dates (the rules' 监测时间 is Beijing time).
/// </summary>
public sealed record SiteMonitoring(
    int SiteId,
    string Name,
    string HomepageUrl,
    string? SiteCode,
    DateTime AsOfUtc,
    AvailabilitySummary Availability,
    UpdateSummary Updates,
    LastProbe? LastProbe);

public sealed record AvailabilitySummary(
    DateTime FromUtc,
    DateTime ToUtc,
    int Visits,
    int Failures,
    decimal FailurePercent,
    decimal VetoPercent,
    bool IsVeto,
    IReadOnlyList<AvailabilityDay> Days,
    IReadOnlyList<VisitPoint> VisitPoints,
    IReadOnlyList<FailedVisit> FailedVisits,
    bool FailedVisitsTruncated);

public sealed record AvailabilityDay(DateOnly Day, int Visits, int Failures);

/// <summary>One visit on the timeline chart: when it was due, whether it opened, how long it took.</summary>
public sealed record VisitPoint(DateTime ScheduledUtc, bool Ok, int ElapsedMs);

public sealed record FailedVisit(DateTime ScheduledUtc, DateTime StartedUtc, int? StatusCode, string Reason);

public sealed record UpdateSummary(DateTime FromUtc, DateTime ToUtc, int Total, int UndatedItems, bool IsVeto, IReadOnlyList<UpdateDay> Days);

public sealed record UpdateDay(DateOnly Day, int NewItems);

public sealed record LastProbe(DateTime ScheduledUtc, DateTime StartedUtc, bool Ok, int? StatusCode, string? Reason);
