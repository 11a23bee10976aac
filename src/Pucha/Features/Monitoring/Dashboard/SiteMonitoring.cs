namespace Pucha.Features.Monitoring.Dashboard;

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
    LastProbe? LastProbe,
    ColumnsSummary Columns,
    LinksSummary? Links);

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

/// <param name="SecondLevelItems">Of <paramref name="Total"/>, the items read from the second-level pages of a navigation-only homepage.</param>
public sealed record UpdateSummary(DateTime FromUtc, DateTime ToUtc, int Total, int UndatedItems, bool IsVeto, IReadOnlyList<UpdateDay> Days, int SecondLevelItems);

public sealed record UpdateDay(DateOnly Day, int NewItems);

public sealed record LastProbe(DateTime ScheduledUtc, DateTime StartedUtc, bool Ok, int? StatusCode, string? Reason);

/// <summary>The registered columns as the latest column checks saw them; only the ones the rules flag are listed.</summary>
public sealed record ColumnsSummary(int Registered, int Checked, bool IsVeto, IReadOnlyList<FlaggedColumn> Flagged);

/// <summary>A column the rules flag: 超期未更新, 长期未更新, 超过1年未更新 or 空白栏目, with its newest item's date.</summary>
public sealed record FlaggedColumn(string Name, string Url, string Judgement, DateOnly? NewestPublishedOn);

/// <summary>The broken links of the latest completed inspection before the as-of point.</summary>
public sealed record LinksSummary(long RunId, DateTime? InspectedUtc, long BrokenLinks, IReadOnlyList<BrokenLink> Items, bool Truncated);

public sealed record BrokenLink(string? Url, string Message);
