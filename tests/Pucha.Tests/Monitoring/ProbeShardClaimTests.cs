using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Monitoring;
using Pucha.Data.Infrastructure;
using Pucha.Data.Monitoring;
using Pucha.Features.Monitoring;
using Pucha.Testing;

namespace Pucha.Tests.Monitoring;

/// <summary>
/// A shard window fired twice (a trigger replaced by a joining worker while already acquired) is run
/// by one firing only: the site is visited once a slot. A recovered firing (its worker died mid-window)
/// still visits the slots that were not stored.
/// </summary>
public sealed class ProbeShardClaimTests
{
    private const int Shards = 1;
    private const int Period = 60;
    private const int Sites = 3;

    // A past two-hour window at the default 24 a day: two slots a site, visited at once (their time has passed).
    private static readonly DateTime WindowStart = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime WindowEnd = WindowStart.AddHours(2);

    [Theory, SqliteData, PostgresData]
    public async Task Two_firings_of_the_same_window_visit_each_slot_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var site = await LoopbackSite.StartAsync();
        // Slow answers keep the first firing's visits in flight while the second one plans: without the claim, it would plan them all again.
        var sites = await WorkerClusterTests.SeedSitesAsync(database, site.BaseUrl + "/slow", Sites);
        var slots = sites.Sum(s => ProbeSchedule.SlotsBetween(s, WindowStart, WindowEnd, 24).Count());
        await using var services = WatchTestServices.Build(database.ConnectionString, TestClocks.At(WindowEnd.AddMinutes(1)));

        var stored = await Task.WhenAll(
            RunAsync(services, recovering: false, "worker-a"),
            RunAsync(services, recovering: false, "worker-b"));

        Assert.Equal(Sites * 2, slots);
        Assert.Equal(slots, site.Visits);
        Assert.Equal(slots, stored.Sum());
        Assert.Contains(0, stored); // the second firing skipped its window
        await using var context = database.CreateContext();
        Assert.Equal(slots, await context.Set<ProbeVisit>().CountAsync());
        var claim = Assert.Single(await context.Set<ProbeShardClaim>().ToListAsync());
        Assert.Equal((Shards, Period, 0, WindowStart), (claim.Shards, claim.PeriodSeconds, claim.Shard, claim.WindowStartUtc));
        Assert.Contains(claim.Worker, new[] { "worker-a", "worker-b" });

        // Once more, one after the other: still no visit.
        Assert.Equal(0, await RunAsync(services, recovering: false, "worker-c"));
        Assert.Equal(slots, site.Visits);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_recovered_firing_visits_the_slots_its_dead_worker_left(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var site = await LoopbackSite.StartAsync();
        var sites = await WorkerClusterTests.SeedSitesAsync(database, site.BaseUrl, Sites);
        var slots = sites.SelectMany(s => ProbeSchedule.SlotsBetween(s, WindowStart, WindowEnd, 24)).ToList();
        await using var services = WatchTestServices.Build(database.ConnectionString, TestClocks.At(WindowEnd.AddMinutes(1)));

        // The dead worker claimed the window and stored its first slot before it was killed.
        var first = slots.OrderBy(s => s.ScheduledUtc).First();
        await using (var context = database.CreateContext())
        {
            var store = new MonitoringStore(context);
            Assert.True(await store.ClaimShardWindowAsync(Shards, Period, 0, WindowStart, WindowStart, "dead-worker"));
            Assert.True(await store.RecordVisitAsync(new ProbeVisit(first.SiteId, first.ScheduledUtc, first.ScheduledUtc, 20, true, 200, null)));
        }

        Assert.Equal(0, await RunAsync(services, recovering: false, "worker-b"));
        Assert.Equal(0, site.Visits);

        Assert.Equal(slots.Count - 1, await RunAsync(services, recovering: true, "worker-b"));
        Assert.Equal(slots.Count - 1, site.Visits);
        await using (var context = database.CreateContext())
            Assert.Equal(slots.Count, await context.Set<ProbeVisit>().CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_window_stopped_with_its_scheduler_is_visited_by_the_next_firing_of_the_shard(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var site = await LoopbackSite.StartAsync();
        // Slow answers: the stop lands while the first firing's visits are in flight.
        var sites = await WorkerClusterTests.SeedSitesAsync(database, site.BaseUrl + "/slow", Sites);
        // Periods of two hours: the stopped window, then the next one of the shard.
        const int period = 7200;
        var next = WindowEnd;
        var stoppedSlots = sites.SelectMany(s => ProbeSchedule.SlotsBetween(s, WindowStart, WindowEnd, 24)).ToHashSet();
        var nextSlots = sites.SelectMany(s => ProbeSchedule.SlotsBetween(s, next, next.AddSeconds(period), 24)).ToHashSet();
        await using var services = WatchTestServices.Build(database.ConnectionString, TestClocks.At(next.AddSeconds(2 * period).AddMinutes(1)));

        using var stop = new CancellationTokenSource();
        var stopped = RunAsync(services, WindowStart, period, "stopping-worker", stop.Token);
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (site.Visits == 0 && !stopped.IsCompleted)
                await Task.Delay(20, limit.Token);
        }
        await stop.CancelAsync();
        Assert.Equal(0, await stopped);
        await using (var context = database.CreateContext())
        {
            Assert.Equal(0, await context.Set<ProbeVisit>().CountAsync());
            Assert.NotNull(Assert.Single(await context.Set<ProbeShardClaim>().AsNoTracking().ToListAsync()).ReleasedUtc);
        }

        // The shard's next firing, on another worker, visits the stopped window's slots (late) and its own.
        Assert.Equal(stoppedSlots.Count + nextSlots.Count, await RunAsync(services, next, period, "surviving-worker", default));
        // A third firing finds nothing left to take over: it visits its own slots only.
        Assert.Equal(CountSlots(sites, next.AddSeconds(period), period), await RunAsync(services, next.AddSeconds(period), period, "third-worker", default));
        await using (var context = database.CreateContext())
        {
            var stored = await context.Set<ProbeVisit>().AsNoTracking().Select(v => new { v.SiteId, v.ScheduledUtc }).ToListAsync();
            var slots = stored.Select(v => new ProbeSlot(v.SiteId, DateTime.SpecifyKind(v.ScheduledUtc, DateTimeKind.Utc))).ToList();
            Assert.Equal(slots.Count, slots.Distinct().Count());
            Assert.Superset(stoppedSlots, slots.ToHashSet());
            var claim = await context.Set<ProbeShardClaim>().AsNoTracking().SingleAsync(c => c.WindowStartUtc == WindowStart);
            Assert.Null(claim.ReleasedUtc);
            Assert.Equal("surviving-worker", claim.Worker);
        }
    }

    private static int CountSlots(int[] sites, DateTime start, int period) =>
        sites.Sum(s => ProbeSchedule.SlotsBetween(s, start, start.AddSeconds(period), 24).Count());

    [Theory, SqliteData, PostgresData]
    public async Task Claims_older_than_two_days_are_purged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var store = new MonitoringStore(context);
        Assert.True(await store.ClaimShardWindowAsync(Shards, Period, 0, WindowStart, WindowStart, "w"));
        Assert.True(await store.ClaimShardWindowAsync(Shards, Period, 0, WindowStart.AddDays(2), WindowStart, "w"));

        // The retention job a minute after the second window started: the first one is past the two days.
        var now = WindowStart.AddDays(2).AddMinutes(1);
        Assert.Equal(1, await store.PurgeShardClaimsAsync(now - RetentionJob.ShardClaimRetention));
        Assert.Equal(WindowStart.AddDays(2), Assert.Single(await context.Set<ProbeShardClaim>().AsNoTracking().ToListAsync()).WindowStartUtc);
    }

    private static async Task<int> RunAsync(IServiceProvider services, bool recovering, string worker)
    {
        await using var scope = services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<ProbeShardJob>(scope.ServiceProvider);
        return await job.RunWindowAsync(0, Shards, Period, WindowStart, WindowEnd, recovering, worker, default);
    }

    private static async Task<int> RunAsync(IServiceProvider services, DateTime start, int period, string worker, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<ProbeShardJob>(scope.ServiceProvider);
        return await job.RunWindowAsync(0, Shards, period, start, start.AddSeconds(period), recovering: false, worker, cancellationToken);
    }
}
