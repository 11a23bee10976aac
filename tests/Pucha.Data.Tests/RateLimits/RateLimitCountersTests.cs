using Microsoft.EntityFrameworkCore;
using Pucha.Data.Infrastructure;
using Pucha.Data.RateLimits;
using Pucha.Testing;

namespace Pucha.Data.Tests.RateLimits;

public sealed class RateLimitCountersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 10, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    [Theory, SqliteData, PostgresData]
    public async Task Concurrent_increments_from_separate_connections_each_get_their_own_count(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var counts = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            await using var context = database.CreateContext();
            return await RateLimitCounters.IncrementAsync(context, "recovery-client", "10.0.0.1", Window, Now);
        }));

        Assert.Equal(Enumerable.Range(1, 12), counts.Order());
        await using var check = database.CreateContext();
        Assert.Equal(12, await RateLimitCounters.ReadAsync(check, "recovery-client", "10.0.0.1", Window, Now));
        Assert.Equal(0, await RateLimitCounters.ReadAsync(check, "recovery-site", "10.0.0.1", Window, Now));
        Assert.Equal(0, await RateLimitCounters.ReadAsync(check, "recovery-client", "10.0.0.2", Window, Now));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_new_window_starts_from_one_and_ended_windows_are_purged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        await RateLimitCounters.IncrementAsync(context, "selfcheck-code", "4301030001", Window, Now);
        await RateLimitCounters.IncrementAsync(context, "selfcheck-code", "4301030001", Window, Now.AddMinutes(14));
        Assert.Equal(2, await RateLimitCounters.ReadAsync(context, "selfcheck-code", "4301030001", Window, Now.AddMinutes(14)));

        // 08:15 begins the next window: counting starts again, and the 08:00 row (ended) is deleted.
        Assert.Equal(1, await RateLimitCounters.IncrementAsync(context, "selfcheck-code", "4301030001", Window, Now.AddMinutes(15)));
        var rows = await context.Set<RateLimitCounter>().AsNoTracking().ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal(Now.AddMinutes(15).ToUnixTimeSeconds() - 10, row.WindowStart);
        Assert.Equal(64, row.KeyHash.Length);
        Assert.DoesNotContain(rows, r => r.KeyHash.Contains("4301030001", StringComparison.Ordinal));
    }
}
