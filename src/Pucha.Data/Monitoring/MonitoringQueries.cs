using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Monitoring;
using Pucha.Core.Websites;

namespace Pucha.Data.Monitoring;

/// <summary>
/// Read side of monitoring for pages and the API: a site's columns as of a point, and the state of
/// a set of sites (already limited by the caller's AccessScope) in a fixed number of grouped
/// queries, whatever the number of sites.
/// </summary>
public sealed class MonitoringQueries(PuchaDbContext context)
{
    /// <summary>"The current stale columns of site X as of T": every registered column's state and the rules' judgement.</summary>
    public async Task<SiteColumnsState> ColumnsAsync(int siteId, DateTime asOfUtc, CancellationToken cancellationToken = default)
    {
        var states = await ColumnStatesAsync(context.Websites.Where(w => w.Id == siteId), asOfUtc, cancellationToken);
        var asOf = BeijingTime.DateOf(asOfUtc);
        var report = ColumnFreshnessReport.Compute(states.Where(s => s.IsJudged).Select(s => s.ToObservation()), asOf);
        return new SiteColumnsState(report, states);
    }

    /// <summary>The state of every registered column of the given sites as of <paramref name="asOfUtc"/>.</summary>
    public async Task<List<ColumnState>> ColumnStatesAsync(IQueryable<Website> sites, DateTime asOfUtc, CancellationToken cancellationToken = default)
    {
        var siteIds = sites.Select(w => w.Id);
        var asOf = BeijingTime.DateOf(asOfUtc);
        var columns = await context.WebsiteColumns.AsNoTracking()
            .Where(c => siteIds.Contains(c.WebsiteId))
            .OrderBy(c => c.WebsiteId).ThenBy(c => c.Kind).ThenBy(c => c.Position)
            .Select(c => new { c.Id, c.WebsiteId, c.Kind, c.Name, c.Url })
            .ToListAsync(cancellationToken);
        var checks = (await new ColumnListReadingStore(context).LatestAsync(siteIds, asOf, cancellationToken)).ToDictionary(c => c.ColumnId);
        return columns.ConvertAll(c =>
        {
            var freshness = FreshnessClasses.Of(c.Kind);
            var check = checks.GetValueOrDefault(c.Id);
            var newest = check?.NewestPublishedOn;
            return new ColumnState(c.Id, c.WebsiteId, c.Kind, c.Name, c.Url, freshness, check?.CheckedUtc, check?.Ok ?? false,
                check?.ItemCount ?? 0, newest, newest is { } n ? FreshnessClasses.LastFreshDate(freshness, n) : null, check?.Error);
        });
    }

    /// <summary>
    /// "The monitoring state of the sites in an organizer's subtree": pass the scope-filtered (and,
    /// for a page, already paged) websites query. Eight grouped queries in all.
    /// </summary>
    public async Task<List<SiteMonitoringState>> SiteStatesAsync(IQueryable<Website> sites, DateTime asOfUtc, CancellationToken cancellationToken = default)
    {
        if (asOfUtc.Kind != DateTimeKind.Utc)
            throw new ArgumentException("监测时间点必须是 UTC。", nameof(asOfUtc));
        var siteIds = sites.Select(w => w.Id);
        var heads = await sites.AsNoTracking()
            .OrderBy(w => w.Id)
            .Select(w => new { w.Id, w.Name, w.HomepageUrl, w.OrganizationPath })
            .ToListAsync(cancellationToken);

        var availability = MonitoringWindow.EndingAt(asOfUtc, MonitoringWindow.AvailabilityLength);
        var visits = context.Set<ProbeVisit>().AsNoTracking()
            .Where(v => siteIds.Contains(v.SiteId) && v.ScheduledUtc >= availability.StartUtc && v.ScheduledUtc < availability.EndUtc);
        var counts = await visits.GroupBy(v => v.SiteId)
            .Select(g => new { SiteId = g.Key, Visits = g.Count(), Failures = g.Count(v => !v.Ok) })
            .ToDictionaryAsync(g => g.SiteId, cancellationToken);
        var lastProbes = await visits
            .Where(v => v.ScheduledUtc == visits.Where(o => o.SiteId == v.SiteId).Max(o => o.ScheduledUtc))
            .Select(v => new { v.SiteId, v.ScheduledUtc, v.Ok })
            .ToDictionaryAsync(v => v.SiteId, cancellationToken);
        var failureRuns = await visits
            .Where(v => !v.Ok && !visits.Any(o => o.SiteId == v.SiteId && o.Ok && o.ScheduledUtc > v.ScheduledUtc))
            .GroupBy(v => v.SiteId)
            .Select(g => new { SiteId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SiteId, g => g.Count, cancellationToken);

        var updatesWindow = MonitoringWindow.EndingAt(asOfUtc, MonitoringWindow.HomepageUpdateLength);
        var firstDay = BeijingTime.DateOf(updatesWindow.StartUtc);
        var lastDay = BeijingTime.DateOf(updatesWindow.EndUtc);
        var updates = await context.Set<HomepageSighting>().AsNoTracking()
            .Where(s => siteIds.Contains(s.SiteId) && s.FirstSeenUtc < asOfUtc && s.PublishedOn >= firstDay && s.PublishedOn <= lastDay)
            .GroupBy(s => s.SiteId)
            .Select(g => new { SiteId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SiteId, g => g.Count, cancellationToken);

        var snapshots = context.Set<HomepageSnapshot>().AsNoTracking().Where(s => siteIds.Contains(s.SiteId) && s.ScheduledUtc <= asOfUtc);
        var lastSnapshots = await snapshots
            .Where(s => s.ScheduledUtc == snapshots.Where(o => o.SiteId == s.SiteId).Max(o => o.ScheduledUtc))
            .Select(s => new { s.SiteId, s.ScheduledUtc })
            .ToDictionaryAsync(s => s.SiteId, s => s.ScheduledUtc, cancellationToken);
        var certificates = await snapshots
            .Where(s => s.CertificateNotAfterUtc != null
                && s.ScheduledUtc == snapshots.Where(o => o.SiteId == s.SiteId && o.CertificateNotAfterUtc != null).Max(o => o.ScheduledUtc))
            .Select(s => new { s.SiteId, s.CertificateNotAfterUtc })
            .ToDictionaryAsync(s => s.SiteId, s => s.CertificateNotAfterUtc, cancellationToken);

        var asOf = BeijingTime.DateOf(asOfUtc);
        var columnReports = (await ColumnStatesAsync(sites, asOfUtc, cancellationToken))
            .Where(c => c.IsJudged)
            .GroupBy(c => c.SiteId)
            .ToDictionary(g => g.Key, g => (Checked: g.Count(), Report: ColumnFreshnessReport.Compute(g.Select(c => c.ToObservation()), asOf)));

        return heads.ConvertAll(h =>
        {
            var count = counts.GetValueOrDefault(h.Id);
            var last = lastProbes.GetValueOrDefault(h.Id);
            var columns = columnReports.GetValueOrDefault(h.Id);
            return new SiteMonitoringState
            {
                SiteId = h.Id,
                Name = h.Name,
                HomepageUrl = h.HomepageUrl,
                OrganizationPath = h.OrganizationPath,
                Visits7Days = count?.Visits ?? 0,
                Failures7Days = count?.Failures ?? 0,
                LastProbeUtc = last?.ScheduledUtc,
                LastProbeOk = last?.Ok,
                ConsecutiveFailures = failureRuns.GetValueOrDefault(h.Id),
                HomepageUpdates14Days = updates.GetValueOrDefault(h.Id),
                LastSnapshotUtc = lastSnapshots.TryGetValue(h.Id, out var taken) ? taken : null,
                CertificateNotAfterUtc = certificates.GetValueOrDefault(h.Id),
                CheckedColumns = columns.Checked,
                StaleColumns = columns.Report?.Stale.Count ?? 0,
                LongStaleColumns = columns.Report?.LongStale.Count ?? 0,
                EmptyColumns = columns.Report?.Empty.Count ?? 0,
            };
        });
    }
}
