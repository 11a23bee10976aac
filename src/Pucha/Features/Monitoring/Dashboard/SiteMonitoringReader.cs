using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Pucha.Data.Inspections;
using Pucha.Data.Monitoring;
using Pucha.Features.Inspections;
using Pucha.Inspection.Findings;

namespace Pucha.Features.Monitoring.Dashboard;

/// <summary>
/// Reads the monitoring data of the sites in the caller's subtree (<see cref="AccessScope"/>: a site
/// elsewhere is simply not found). Every read takes its as-of point as an input, so a page, its
/// JSON and its export agree, and a past monitoring point can be shown again.
/// </summary>
public sealed class SiteMonitoringReader(PuchaDbContext db, AccessScope scope, TimeProvider clock)
{
    /// <summary>Rows in one export: a province's whole registry fits.</summary>
    public const int MaxExportRows = 100_000;

    /// <summary>Visits drawn on the timeline (7 days at 12 an hour); the counts always cover all.</summary>
    public const int MaxVisitPoints = 2_016;

    /// <summary>Failures listed with time and reason; the count always covers all.</summary>
    public const int MaxFailedVisits = 500;

    /// <summary>Broken links listed from one inspection; the count always covers all.</summary>
    public const int MaxBrokenLinks = 200;

    /// <summary>The as-of point: the given time (whole seconds, UTC) or now.</summary>
    public DateTime AsOf(DateTime? asOfUtc)
    {
        var time = asOfUtc is { } given ? DateTime.SpecifyKind(given.ToUniversalTime(), DateTimeKind.Utc) : clock.GetUtcNow().UtcDateTime;
        return new DateTime(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }

    public async Task<SiteMonitoring?> SiteAsync(int siteId, DateTime? asOfUtc, CancellationToken cancellation)
    {
        var site = await scope.Websites(db.Websites.AsNoTracking()).Where(w => w.Id == siteId)
            .Select(w => new { w.Id, w.Name, w.HomepageUrl, w.SiteCode })
            .FirstOrDefaultAsync(cancellation);
        if (site is null)
            return null;

        var asOf = AsOf(asOfUtc);
        var store = new MonitoringStore(db);
        var visits = await store.VisitsAsync(siteId, MonitoringWindow.EndingAt(asOf, MonitoringWindow.AvailabilityLength), cancellation);
        var updates = HomepageUpdateReport.Compute(await SightingsAsync(siteId, asOf, cancellation), asOf);
        var last = await db.Set<ProbeVisit>().AsNoTracking()
            .Where(v => v.SiteId == siteId && v.ScheduledUtc < asOf)
            .OrderByDescending(v => v.ScheduledUtc)
            .Select(v => new LastProbe(v.ScheduledUtc, v.StartedUtc, v.Ok, v.StatusCode, v.Reason))
            .FirstOrDefaultAsync(cancellation);
        var columns = await new MonitoringQueries(db).ColumnsAsync(siteId, asOf, cancellation);
        var run = await LatestInspections(db.Set<InspectionRun>().Where(r => r.SiteId == siteId), asOf).FirstOrDefaultAsync(cancellation);
        return new SiteMonitoring(site.Id, site.Name, site.HomepageUrl, site.SiteCode, asOf,
            Availability(AvailabilityReport.Compute(visits, asOf), visits), Updates(updates), last, Columns(columns), run is null ? null : Links(run));
    }

    /// <summary>One page of the subtree's sites with their current state, sorted.</summary>
    public async Task<PagedList<SiteStateRow>> ListAsync(SiteStateQuery query, CancellationToken cancellation)
    {
        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        var states = States(query, out _);
        var total = await states.CountAsync(cancellation);
        var rows = await Sort(states, query).Skip((page - 1) * size).Take(size).ToListAsync(cancellation);
        return new PagedList<SiteStateRow>(await WithFindingsAsync(rows, AsOf(query.AsOfUtc), cancellation), total, page, size);
    }

    /// <summary>Every site of the subtree in the overview's order, for the export (at most <see cref="MaxExportRows"/>).</summary>
    public async Task<(List<SiteStateRow> Rows, DateTime AsOfUtc, int Total)> ExportAsync(SiteStateQuery query, CancellationToken cancellation)
    {
        var states = States(query, out var asOf);
        var total = await states.CountAsync(cancellation);
        var rows = await Sort(states, query).Take(MaxExportRows).ToListAsync(cancellation);
        var withFindings = new List<SiteStateRow>(rows.Count);
        foreach (var chunk in rows.Chunk(1000)) // bounded IN lists
            withFindings.AddRange(await WithFindingsAsync(chunk, asOf, cancellation));
        return (withFindings, asOf, total);
    }

    // One row per site; the counts are correlated sub-queries on the visits' and sightings' primary
    // and unique indexes (site id first), so a page of 20 reads 20 short index ranges.
    private IQueryable<SiteState> States(SiteStateQuery query, out DateTime asOf)
    {
        var end = asOf = AsOf(query.AsOfUtc);
        var availabilityStart = MonitoringWindow.EndingAt(end, MonitoringWindow.AvailabilityLength).StartUtc;
        var updateWindow = MonitoringWindow.EndingAt(end, MonitoringWindow.HomepageUpdateLength);
        var firstDay = BeijingTime.DateOf(updateWindow.StartUtc);
        var lastDay = BeijingTime.DateOf(updateWindow.EndUtc);
        var sites = scope.Websites(db.Websites.AsNoTracking());
        if (query.Name?.Trim() is { Length: > 0 } name)
            sites = sites.Where(w => w.Name.Contains(name));
        var visits = db.Set<ProbeVisit>();
        var sightings = db.Set<HomepageSighting>();
        return sites.Select(w => new SiteState
        {
            SiteId = w.Id,
            Name = w.Name,
            SiteCode = w.SiteCode,
            HomepageUrl = w.HomepageUrl,
            OrganizationName = db.Organizations.Where(o => o.Id == w.OrganizationId).Select(o => o.Name).FirstOrDefault(),
            Visits = visits.Count(v => v.SiteId == w.Id && v.ScheduledUtc >= availabilityStart && v.ScheduledUtc < end),
            Failures = visits.Count(v => v.SiteId == w.Id && v.ScheduledUtc >= availabilityStart && v.ScheduledUtc < end && !v.Ok),
            LastProbeUtc = visits.Where(v => v.SiteId == w.Id && v.ScheduledUtc < end).Max(v => (DateTime?)v.ScheduledUtc),
            Updates = sightings.Count(s => s.SiteId == w.Id && s.FirstSeenUtc < end && s.PublishedOn >= firstDay && s.PublishedOn <= lastDay),
        }).Select(s => new SiteState
        {
            SiteId = s.SiteId, Name = s.Name, SiteCode = s.SiteCode, HomepageUrl = s.HomepageUrl, OrganizationName = s.OrganizationName,
            Visits = s.Visits, Failures = s.Failures, LastProbeUtc = s.LastProbeUtc, Updates = s.Updates,
            LastProbeOk = visits.Where(v => v.SiteId == s.SiteId && v.ScheduledUtc == s.LastProbeUtc).Select(v => (bool?)v.Ok).FirstOrDefault(),
        });
    }

    private static IQueryable<SiteState> Sort(IQueryable<SiteState> states, SiteStateQuery query)
    {
        var desc = query.Desc;
        IOrderedQueryable<SiteState> sorted = query.Sort?.ToLowerInvariant() switch
        {
            "sitecode" => desc ? states.OrderByDescending(s => s.SiteCode) : states.OrderBy(s => s.SiteCode),
            // Sites without visits sort as below every measured share.
            "availability" => desc
                ? states.OrderByDescending(s => s.Visits == 0 ? -1.0 : (double)s.Failures / s.Visits)
                : states.OrderBy(s => s.Visits == 0 ? -1.0 : (double)s.Failures / s.Visits),
            "lastprobe" => desc ? states.OrderByDescending(s => s.LastProbeUtc) : states.OrderBy(s => s.LastProbeUtc),
            "updates" => desc ? states.OrderByDescending(s => s.Updates) : states.OrderBy(s => s.Updates),
            _ => desc ? states.OrderByDescending(s => s.Name) : states.OrderBy(s => s.Name),
        };
        return sorted.ThenBy(s => s.SiteId);
    }

    // The column judgement (MonitoringQueries) and the latest inspection, for the listed sites only.
    private async Task<List<SiteStateRow>> WithFindingsAsync(IReadOnlyCollection<SiteState> rows, DateTime asOf, CancellationToken cancellation)
    {
        var ids = rows.Select(r => r.SiteId).ToList();
        var day = BeijingTime.DateOf(asOf);
        var columns = (await new MonitoringQueries(db).ColumnStatesAsync(db.Websites.Where(w => ids.Contains(w.Id)), asOf, cancellation))
            .Where(c => c.IsJudged)
            .GroupBy(c => c.SiteId)
            .ToDictionary(g => g.Key, g => FlaggedCount(ColumnFreshnessReport.Compute(g.Select(c => c.ToObservation()), day)));
        var runs = (await LatestInspections(db.Set<InspectionRun>().Where(r => ids.Contains(r.SiteId)), asOf)
                .Select(r => new { r.SiteId, r.FinishedUtc, r.BrokenLinks })
                .ToListAsync(cancellation))
            .GroupBy(r => r.SiteId).ToDictionary(g => g.Key, g => g.First());
        return rows.Select(s =>
        {
            var run = runs.GetValueOrDefault(s.SiteId);
            return new SiteStateRow(
                s.SiteId, s.Name, s.SiteCode, s.HomepageUrl, s.OrganizationName, s.Visits, s.Failures,
                s.Visits == 0 ? null : Math.Round(100m * s.Failures / s.Visits, 2),
                s.LastProbeUtc is { } last ? DateTime.SpecifyKind(last, DateTimeKind.Utc) : null, s.LastProbeOk, s.Updates,
                columns.TryGetValue(s.SiteId, out var flagged) ? flagged : null,
                run is null ? null : (int)Math.Min(int.MaxValue, run.BrokenLinks),
                run?.FinishedUtc);
        }).ToList();
    }

    // Completed runs finished by the as-of point, newest first (the first per site is its latest).
    private static IQueryable<InspectionRun> LatestInspections(IQueryable<InspectionRun> runs, DateTime asOf) =>
        runs.AsNoTracking()
            .Where(r => r.Status == InspectionRunStatus.Completed && r.FinishedUtc != null && r.FinishedUtc <= asOf)
            .OrderBy(r => r.SiteId).ThenByDescending(r => r.FinishedUtc).ThenByDescending(r => r.Id);

    /// <summary>Columns the rules flag: stale (2 weeks / 6 months), long-stale, past one year, empty; each column once.</summary>
    private static int FlaggedCount(ColumnFreshnessReport report) =>
        report.Stale.Concat(report.LongStale).Concat(report.StaleOneYear).Concat(report.Empty).Select(c => c.Url + "\n" + c.Name).Distinct().Count();

    private static ColumnsSummary Columns(SiteColumnsState state)
    {
        var flagged = new List<FlaggedColumn>();
        var seen = new HashSet<(string, string)>();
        void Add(IEnumerable<ColumnObservation> columns, string judgement)
        {
            foreach (var c in columns)
            {
                if (seen.Add((c.Url, c.Name)))
                    flagged.Add(new FlaggedColumn(c.Name, c.Url, judgement, c.NewestPublishedOn));
            }
        }

        Add(state.Report.Empty, "空白栏目");
        Add(state.Report.LongStale, "长期未更新");
        Add(state.Report.Stale, "超期未更新");
        Add(state.Report.StaleOneYear, "超过1年未更新");
        return new ColumnsSummary(state.Columns.Count, state.Columns.Count(c => c.IsJudged), state.Report.IsVeto, flagged);
    }

    private static LinksSummary Links(InspectionRun run)
    {
        var broken = StoredFindings.Read(run.FindingsJson).Where(f => f.Check == CheckIds.BrokenLink).ToList();
        var items = broken.Take(MaxBrokenLinks).Select(f => new BrokenLink(f.Url, f.Message)).ToList();
        return new LinksSummary(run.Id, run.FinishedUtc, Math.Max(run.BrokenLinks, broken.Count), items, broken.Count > items.Count);
    }

    // Only the items the 14-day report can count or list: dated inside the window's Beijing days, or undated.
    private async Task<List<HomepageItem>> SightingsAsync(int siteId, DateTime asOf, CancellationToken cancellation)
    {
        var window = MonitoringWindow.EndingAt(asOf, MonitoringWindow.HomepageUpdateLength);
        var firstDay = BeijingTime.DateOf(window.StartUtc);
        var lastDay = BeijingTime.DateOf(window.EndUtc);
        var rows = await db.Set<HomepageSighting>().AsNoTracking()
            .Where(s => s.SiteId == siteId && s.FirstSeenUtc < asOf && (s.PublishedOn == null || (s.PublishedOn >= firstDay && s.PublishedOn <= lastDay)))
            .ToListAsync(cancellation);
        return rows.ConvertAll(s => s.ToItem());
    }

    private static AvailabilitySummary Availability(AvailabilityReport report, IReadOnlyList<ProbeVisit> visits)
    {
        var counted = visits.Where(v => report.Window.Contains(v.ScheduledUtc)).ToList();
        var days = BeijingDays(report.Window)
            .Select(day => new AvailabilityDay(day,
                counted.Count(v => BeijingTime.DateOf(v.ScheduledUtc) == day),
                counted.Count(v => !v.Ok && BeijingTime.DateOf(v.ScheduledUtc) == day)))
            .ToList();
        var points = counted.TakeLast(MaxVisitPoints).Select(v => new VisitPoint(v.ScheduledUtc, v.Ok, v.ElapsedMs)).ToList();
        var failed = report.Failures.TakeLast(MaxFailedVisits)
            .Select(f => new FailedVisit(f.ScheduledUtc, f.StartedUtc, f.StatusCode, f.Reason)).ToList();
        return new AvailabilitySummary(report.Window.StartUtc, report.Window.EndUtc, report.Visits, report.FailureCount,
            Math.Round(report.FailurePercent, 2), AvailabilityReport.VetoShare * 100m, report.IsVeto, days, points, failed,
            report.FailureCount > failed.Count);
    }

    private static UpdateSummary Updates(HomepageUpdateReport report)
    {
        var perDay = report.PerDay.ToDictionary(d => d.Day, d => d.Items);
        // The report counts items dated on any Beijing day the window touches, its last day included.
        var days = new List<UpdateDay>();
        for (var day = BeijingTime.DateOf(report.Window.StartUtc); day <= BeijingTime.DateOf(report.Window.EndUtc); day = day.AddDays(1))
            days.Add(new UpdateDay(day, perDay.GetValueOrDefault(day)));
        return new UpdateSummary(report.Window.StartUtc, report.Window.EndUtc, report.Total, report.UndatedItems, report.IsVeto, days, report.SecondLevelItems);
    }

    // The Beijing dates the window touches, first to last (its end is exclusive).
    private static IEnumerable<DateOnly> BeijingDays(MonitoringWindow window)
    {
        var last = BeijingTime.DateOf(window.EndUtc.AddTicks(-1));
        for (var day = BeijingTime.DateOf(window.StartUtc); day <= last; day = day.AddDays(1))
            yield return day;
    }

    private sealed class SiteState
    {
        public int SiteId { get; init; }
        public string Name { get; init; } = "";
        public string? SiteCode { get; init; }
        public string HomepageUrl { get; init; } = "";
        public string? OrganizationName { get; init; }
        public int Visits { get; init; }
        public int Failures { get; init; }
        public DateTime? LastProbeUtc { get; init; }
        public bool? LastProbeOk { get; init; }
        public int Updates { get; init; }
    }
}
