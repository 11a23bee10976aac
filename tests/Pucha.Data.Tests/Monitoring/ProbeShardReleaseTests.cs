using Microsoft.EntityFrameworkCore;
using Pucha.Data.Infrastructure;
using Pucha.Data.Monitoring;
using Pucha.Testing;

namespace Pucha.Data.Tests.Monitoring;

/// <summary>
/// Windows released by a gracefully stopped worker: taken over by exactly one firing, only within
/// <see cref="ProbeShardClaim.MaxTakeOverPeriods"/> periods, and never while still running (not released).
/// </summary>
public sealed class ProbeShardReleaseTests
{
    private const int Shards = 4;
    private const int Period = 60;
    private const int Shard = 1;
    private static readonly DateTime Current = new(2026, 11, 20, 9, 0, 5, DateTimeKind.Utc);

    private static DateTime PeriodsBefore(int periods) => Current.AddSeconds(-periods * Period);

    [Theory, SqliteData, PostgresData]
    public async Task Each_released_window_is_taken_by_exactly_one_of_concurrent_takers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var released = Enumerable.Range(1, ProbeShardClaim.MaxTakeOverPeriods).Select(PeriodsBefore).Order().ToList();
        await using (var context = database.CreateContext())
        {
            var store = new MonitoringStore(context);
            foreach (var start in released)
            {
                Assert.True(await store.ClaimShardWindowAsync(Shards, Period, Shard, start, start, "stopped"));
                Assert.True(await store.ReleaseShardWindowAsync(Shards, Period, Shard, start, start.AddSeconds(20)));
            }
        }

        // Four workers whose firings of the shard start at the same moment.
        var takers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async n =>
        {
            await using var context = database.CreateContext();
            return (Worker: $"worker-{n}", Taken: await new MonitoringStore(context).TakeReleasedShardWindowsAsync(Shards, Period, Shard, Current, Current, $"worker-{n}"));
        }));

        Assert.Equal(released, takers.SelectMany(t => t.Taken).Order().ToList());
        await using (var context = database.CreateContext())
        {
            var claims = await context.Set<ProbeShardClaim>().AsNoTracking().OrderBy(c => c.WindowStartUtc).ToListAsync();
            Assert.Equal(released.Count, claims.Count);
            foreach (var claim in claims)
            {
                Assert.Null(claim.ReleasedUtc);
                var taker = Assert.Single(takers, t => t.Taken.Contains(DateTime.SpecifyKind(claim.WindowStartUtc, DateTimeKind.Utc)));
                Assert.Equal(taker.Worker, claim.Worker);
            }

            // Taken windows are not released any more: a later firing takes nothing.
            Assert.Empty(await new MonitoringStore(context).TakeReleasedShardWindowsAsync(Shards, Period, Shard, Current.AddSeconds(Period), Current, "late"));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_window_released_longer_ago_than_the_bound_is_not_taken(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var store = new MonitoringStore(context);
        var tooOld = PeriodsBefore(ProbeShardClaim.MaxTakeOverPeriods + 1);
        var oldest = PeriodsBefore(ProbeShardClaim.MaxTakeOverPeriods);
        foreach (var start in new[] { tooOld, oldest })
        {
            Assert.True(await store.ClaimShardWindowAsync(Shards, Period, Shard, start, start, "stopped"));
            Assert.True(await store.ReleaseShardWindowAsync(Shards, Period, Shard, start, start.AddSeconds(1)));
        }

        Assert.Equal([oldest], await store.TakeReleasedShardWindowsAsync(Shards, Period, Shard, Current, Current, "w"));
        var old = await context.Set<ProbeShardClaim>().AsNoTracking().SingleAsync(c => c.WindowStartUtc == tooOld);
        Assert.NotNull(old.ReleasedUtc);
        Assert.Equal("stopped", old.Worker);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_window_still_running_is_never_taken(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var store = new MonitoringStore(context);
        var start = PeriodsBefore(1);
        Assert.True(await store.ClaimShardWindowAsync(Shards, Period, Shard, start, start, "running"));
        // Released windows of another shard and of another layout are not this shard's.
        Assert.True(await store.ClaimShardWindowAsync(Shards, Period, Shard + 1, start, start, "stopped"));
        Assert.True(await store.ReleaseShardWindowAsync(Shards, Period, Shard + 1, start, start));
        Assert.True(await store.ClaimShardWindowAsync(Shards * 2, Period, Shard, start, start, "stopped"));
        Assert.True(await store.ReleaseShardWindowAsync(Shards * 2, Period, Shard, start, start));

        Assert.Empty(await store.TakeReleasedShardWindowsAsync(Shards, Period, Shard, Current, Current, "w"));
        Assert.Equal("running", (await context.Set<ProbeShardClaim>().AsNoTracking()
            .SingleAsync(c => c.Shards == Shards && c.Shard == Shard)).Worker);

        // Released once: a second release changes nothing, and an unclaimed window cannot be released.
        Assert.True(await store.ReleaseShardWindowAsync(Shards, Period, Shard, start, start.AddSeconds(30)));
        Assert.False(await store.ReleaseShardWindowAsync(Shards, Period, Shard, start, start.AddSeconds(31)));
        Assert.False(await store.ReleaseShardWindowAsync(Shards, Period, Shard, Current, Current));
        Assert.Equal([start], await store.TakeReleasedShardWindowsAsync(Shards, Period, Shard, Current, Current, "w"));
    }
}
