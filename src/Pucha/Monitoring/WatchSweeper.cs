using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Pucha.Data.Monitoring;

namespace Pucha.Monitoring;

/// <summary>
/// Finds the homepage snapshots and column checks that are due and runs them. Each site's runs sit
/// on slots like its probes (<see cref="ProbeSchedule"/> with N a day): a run is due when the
/// site's latest slot has no record yet. A sweep that dies half-way leaves its slots unrecorded, and
/// the next sweep (on any worker) takes them; records are keyed by slot (snapshots) or day (columns),
/// so nothing is counted twice. Each sweep handles at most <see cref="WatchOptions.MaxSitesPerSweep"/>
/// sites, the most overdue first, so a job stays short.
/// </summary>
public sealed class WatchSweeper(IServiceScopeFactory scopes, WatchOptions options, TimeProvider clock, ILogger<WatchSweeper> logger)
{
    /// <summary>The site's latest slot at or before <paramref name="nowUtc"/>.</summary>
    public static DateTime CurrentSlot(int siteId, DateTime nowUtc, int perDay)
    {
        var interval = 86_400 / perDay;
        return ProbeSchedule.SlotsBetween(siteId, nowUtc.AddSeconds(-interval).AddTicks(1), nowUtc.AddTicks(1), perDay).Last().ScheduledUtc;
    }

    /// <summary>Takes the due homepage snapshots; returns how many were recorded.</summary>
    public async Task<int> SnapshotDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<(int Id, string Url, DateTime Slot)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
            var sites = await context.Websites.AsNoTracking().Where(w => w.HomepageUrl != "").Select(w => new { w.Id, w.HomepageUrl }).ToListAsync(cancellationToken);
            var done = await new HomepageSnapshotStore(context).SitesSnapshottedSinceAsync(now.AddSeconds(-86_400 / options.SnapshotsPerDay), cancellationToken);
            due = sites.Where(s => !done.Contains(s.Id))
                .Select(s => (s.Id, s.HomepageUrl, Slot: CurrentSlot(s.Id, now, options.SnapshotsPerDay)))
                .OrderBy(s => s.Slot).Take(options.MaxSitesPerSweep).ToList();
        }

        var recorded = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentWatchFetches, CancellationToken = cancellationToken },
            async (site, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var (snapshot, items) = await scope.ServiceProvider.GetRequiredService<HomepageSnapshotter>().TakeAsync(site.Id, site.Url, site.Slot, token);
                var context = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
                if (await new HomepageSnapshotStore(context).RecordAsync(snapshot, items, token))
                {
                    Interlocked.Increment(ref recorded);
                    logger.LogDebug("Snapshot of site {Site} at {Slot}: {Items} items, {New} new, {Error}", site.Id, site.Slot, snapshot.Items, snapshot.NewItems, snapshot.Error);
                }
            });
        return recorded;
    }

    /// <summary>Checks the due registered columns; returns how many columns were checked.</summary>
    public async Task<int> CheckColumnsDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<IGrouping<int, (int ColumnId, int SiteId, string Url)>> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
            var since = now.AddSeconds(-86_400 / options.ColumnChecksPerDay);
            var lastChecked = await context.Set<ColumnCheck>().AsNoTracking()
                .Where(c => c.CheckedUtc > since)
                .GroupBy(c => c.ColumnId)
                .Select(g => new { ColumnId = g.Key, Last = g.Max(c => c.CheckedUtc) })
                .ToDictionaryAsync(c => c.ColumnId, c => c.Last, cancellationToken);
            var columns = await context.WebsiteColumns.AsNoTracking()
                .Where(c => c.Url != "")
                .Select(c => new { c.Id, c.WebsiteId, c.Url })
                .ToListAsync(cancellationToken);
            due = columns
                .Select(c => (ColumnId: c.Id, SiteId: c.WebsiteId, c.Url))
                .Where(c => !lastChecked.TryGetValue(c.ColumnId, out var last) || last < CurrentSlot(c.SiteId, now, options.ColumnChecksPerDay))
                .GroupBy(c => c.SiteId)
                .OrderBy(g => CurrentSlot(g.Key, now, options.ColumnChecksPerDay))
                .Take(options.MaxSitesPerSweep)
                .ToList();
        }

        var checkedColumns = 0;
        // One site's columns one after another (a site is not hit in parallel); sites in parallel.
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentWatchFetches, CancellationToken = cancellationToken },
            async (site, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var reader = scope.ServiceProvider.GetRequiredService<ColumnListReader>();
                var store = new ColumnCheckStore(scope.ServiceProvider.GetRequiredService<PuchaDbContext>());
                foreach (var column in site)
                {
                    var check = await reader.CheckAsync(column.ColumnId, column.SiteId, column.Url, token);
                    await store.RecordAsync(check, token);
                    Interlocked.Increment(ref checkedColumns);
                }
            });
        return checkedColumns;
    }

    /// <summary>Purges snapshot and column-check rows past their retention.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        return await new HomepageSnapshotStore(context).PurgeAsync(now, options.SnapshotRetentionDays, cancellationToken)
            + await new ColumnCheckStore(context).PurgeAsync(MonitoringQueries.BeijingDate(now), options.ColumnCheckRetentionDays, cancellationToken);
    }
}
