using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Campaigns;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Pucha.Data.Monitoring;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Finds the homepage snapshots and column checks that are due and runs them. Each site's runs sit
/// on slots like its probes (<see cref="ProbeSchedule"/> with N a day, N the site's effective cadence:
/// its override, else its running campaign's, else the configuration's): a run is due when the
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
            var perDay = await SnapshotsPerDayAsync(context, now, cancellationToken);
            // The longest interval is a day (at least one snapshot a day): older snapshots cannot make a site done.
            var last = await context.Set<HomepageSnapshot>().AsNoTracking()
                .Where(s => s.ScheduledUtc > now.AddDays(-1))
                .GroupBy(s => s.SiteId)
                .Select(g => new { SiteId = g.Key, Last = g.Max(s => s.ScheduledUtc) })
                .ToDictionaryAsync(s => s.SiteId, s => s.Last, cancellationToken);
            due = perDay
                .Select(s => (s.Site.Id, s.Site.HomepageUrl, Slot: CurrentSlot(s.Site.Id, now, s.PerDay)))
                .Where(s => !last.TryGetValue(s.Id, out var latest) || latest < s.Slot)
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
            // Each site's current slot at its own cadence, computed once for all its columns.
            var slots = (await CadencesAsync(context, now, cancellationToken))
                .ToDictionary(s => s.Site.Id, s => CurrentSlot(s.Site.Id, now, s.Cadence.ColumnChecksPerDay));
            var since = now.AddDays(-1); // at least one check a day
            var lastChecked = await context.Set<ColumnListReading>().AsNoTracking()
                .Where(c => c.CheckedUtc > since)
                .GroupBy(c => c.ColumnId)
                .Select(g => new { ColumnId = g.Key, Last = g.Max(c => c.CheckedUtc) })
                .ToDictionaryAsync(c => c.ColumnId, c => c.Last, cancellationToken);
            var columns = await context.WebsiteColumns.AsNoTracking()
                .Where(c => c.Url != "")
                .Select(c => new { c.Id, c.WebsiteId, c.Url })
                .ToListAsync(cancellationToken);
            due = columns
                .Where(c => slots.TryGetValue(c.WebsiteId, out var slot) && (!lastChecked.TryGetValue(c.Id, out var last) || last < slot))
                .Select(c => (ColumnId: c.Id, SiteId: c.WebsiteId, c.Url))
                .GroupBy(c => c.SiteId)
                .OrderBy(g => slots[g.Key])
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
                var store = new ColumnListReadingStore(scope.ServiceProvider.GetRequiredService<PuchaDbContext>());
                foreach (var column in site)
                {
                    var check = await reader.CheckAsync(column.ColumnId, column.SiteId, column.Url, token);
                    await store.RecordAsync(check, token);
                    Interlocked.Increment(ref checkedColumns);
                }
            });
        return checkedColumns;
    }

    /// <summary>Every site with a homepage and its effective cadence (site override, running campaign, global).</summary>
    private async Task<List<(CadenceQueries.SiteWithCadence Site, EffectiveCadence Cadence)>> CadencesAsync(PuchaDbContext context, DateTime now, CancellationToken cancellationToken)
    {
        var sites = await CadenceQueries.SitesAsync(context, context.Websites, cancellationToken);
        var campaigns = await CadenceQueries.RunningCampaignsAsync(context, CampaignCalendar.DayOf(new DateTimeOffset(now)), cancellationToken);
        // The probes' count is not used by the sweeps; the default stands in for it.
        var global = new EffectiveCadence(new MonitoringCadence().ProbesPerDay, options.SnapshotsPerDay, options.ColumnChecksPerDay);
        return sites.ConvertAll(s => (s, s.Override is null && campaigns.Count == 0 ? global : EffectiveCadence.Resolve(s.Override, s.OrganizationPath, campaigns, global)));
    }

    private async Task<List<(CadenceQueries.SiteWithCadence Site, int PerDay)>> SnapshotsPerDayAsync(PuchaDbContext context, DateTime now, CancellationToken cancellationToken) =>
        (await CadencesAsync(context, now, cancellationToken)).ConvertAll(s => (s.Site, s.Cadence.SnapshotsPerDay));

    /// <summary>Purges snapshot and column-check rows past their retention.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        return await new HomepageSnapshotStore(context).PurgeAsync(now, options.SnapshotRetentionDays, cancellationToken)
            + await new ColumnListReadingStore(context).PurgeAsync(BeijingTime.DateOf(now), options.ColumnCheckRetentionDays, cancellationToken);
    }
}
