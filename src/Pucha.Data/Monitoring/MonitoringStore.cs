using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;
using Pucha.Data.Infrastructure;

namespace Pucha.Data.Monitoring;

/// <summary>
/// Reads and writes monitoring data. Writes are insert-or-ignore on the natural key
/// (<c>INSERT … ON CONFLICT DO NOTHING</c>, the same statement on SQLite and PostgreSQL), so a
/// visit retried by Quartz, or run by two workers after a fail-over, is stored exactly once.
/// </summary>
public sealed class MonitoringStore(PuchaDbContext context)
{
    /// <summary>Raw visits are kept at least this long: the availability window (7 days) and a day of slack.</summary>
    public const int MinimumRawRetentionDays = 8;

    /// <summary>Stores a visit unless its slot is already stored; true when this call stored it.</summary>
    public async Task<bool> RecordVisitAsync(ProbeVisit visit, CancellationToken cancellationToken = default)
    {
        RequireUtc(visit.ScheduledUtc);
        RequireUtc(visit.StartedUtc);
        var reason = Bound(visit.Reason, ProbeVisit.MaxReasonLength);
        var rows = await context.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ProbeVisits" ("SiteId", "ScheduledUtc", "StartedUtc", "ElapsedMs", "Ok", "StatusCode", "Reason")
            VALUES ({visit.SiteId}, {visit.ScheduledUtc}, {visit.StartedUtc}, {visit.ElapsedMs}, {visit.Ok}, {visit.StatusCode}, {reason})
            ON CONFLICT ("SiteId", "ScheduledUtc") DO NOTHING
            """, cancellationToken);
        return rows == 1;
    }

    /// <summary>
    /// Claims a probe shard's window for one firing (insert-or-ignore on layout, shard and window
    /// start); true when this call claimed it, false when another firing already had.
    /// </summary>
    public async Task<bool> ClaimShardWindowAsync(int shards, int periodSeconds, int shard, DateTime windowStartUtc, DateTime claimedUtc, string worker, CancellationToken cancellationToken = default)
    {
        RequireUtc(windowStartUtc);
        RequireUtc(claimedUtc);
        var bounded = Bound(worker, ProbeShardClaim.MaxWorkerLength)!;
        var rows = await context.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ProbeShardClaims" ("Shards", "PeriodSeconds", "Shard", "WindowStartUtc", "ClaimedUtc", "Worker")
            VALUES ({shards}, {periodSeconds}, {shard}, {windowStartUtc}, {claimedUtc}, {bounded})
            ON CONFLICT ("Shards", "PeriodSeconds", "Shard", "WindowStartUtc") DO NOTHING
            """, cancellationToken);
        return rows == 1;
    }

    /// <summary>
    /// Marks a claimed window released: its firing stopped before the end (graceful stop of its worker), so
    /// the next firing of the shard on any worker may take it over. True when this call released it.
    /// </summary>
    public async Task<bool> ReleaseShardWindowAsync(int shards, int periodSeconds, int shard, DateTime windowStartUtc, DateTime releasedUtc, CancellationToken cancellationToken = default)
    {
        RequireUtc(windowStartUtc);
        RequireUtc(releasedUtc);
        var rows = await ClaimOf(shards, periodSeconds, shard, windowStartUtc)
            .Where(c => c.ReleasedUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ReleasedUtc, releasedUtc), cancellationToken);
        return rows == 1;
    }

    /// <summary>
    /// Takes over the released windows of a shard that started at most
    /// <see cref="ProbeShardClaim.MaxTakeOverPeriods"/> periods before <paramref name="currentWindowStartUtc"/>
    /// (older slots are not visited late any more). Each window is taken by one conditional UPDATE (released →
    /// claimed by <paramref name="worker"/>), so of two workers racing for it exactly one gets it.
    /// Returns the starts of the windows this call took, oldest first.
    /// </summary>
    public async Task<List<DateTime>> TakeReleasedShardWindowsAsync(int shards, int periodSeconds, int shard, DateTime currentWindowStartUtc, DateTime takenUtc, string worker, CancellationToken cancellationToken = default)
    {
        RequireUtc(currentWindowStartUtc);
        RequireUtc(takenUtc);
        var bounded = Bound(worker, ProbeShardClaim.MaxWorkerLength)!;
        var from = currentWindowStartUtc.AddSeconds(-(double)periodSeconds * ProbeShardClaim.MaxTakeOverPeriods);
        var released = await context.Set<ProbeShardClaim>().AsNoTracking()
            .Where(c => c.Shards == shards && c.PeriodSeconds == periodSeconds && c.Shard == shard
                && c.WindowStartUtc >= from && c.WindowStartUtc < currentWindowStartUtc && c.ReleasedUtc != null)
            .OrderBy(c => c.WindowStartUtc)
            .Select(c => c.WindowStartUtc)
            .ToListAsync(cancellationToken);

        var taken = new List<DateTime>(released.Count);
        foreach (var windowStart in released)
        {
            var rows = await ClaimOf(shards, periodSeconds, shard, windowStart)
                .Where(c => c.ReleasedUtc != null)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.ReleasedUtc, (DateTime?)null)
                    .SetProperty(c => c.ClaimedUtc, takenUtc)
                    .SetProperty(c => c.Worker, bounded), cancellationToken);
            if (rows == 1)
                taken.Add(DateTime.SpecifyKind(windowStart, DateTimeKind.Utc));
        }

        return taken;
    }

    private IQueryable<ProbeShardClaim> ClaimOf(int shards, int periodSeconds, int shard, DateTime windowStartUtc) =>
        context.Set<ProbeShardClaim>().Where(c => c.Shards == shards && c.PeriodSeconds == periodSeconds && c.Shard == shard && c.WindowStartUtc == windowStartUtc);

    /// <summary>Deletes the shard claims of windows that started before <paramref name="beforeUtc"/>; returns the rows deleted.</summary>
    public Task<int> PurgeShardClaimsAsync(DateTime beforeUtc, CancellationToken cancellationToken = default)
    {
        RequireUtc(beforeUtc);
        return context.Set<ProbeShardClaim>().Where(c => c.WindowStartUtc < beforeUtc).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Whether the slot's visit is stored (a recovered firing checks before visiting again).</summary>
    public Task<bool> HasVisitAsync(ProbeSlot slot, CancellationToken cancellationToken = default) =>
        context.Set<ProbeVisit>().AnyAsync(v => v.SiteId == slot.SiteId && v.ScheduledUtc == slot.ScheduledUtc, cancellationToken);

    /// <summary>The visits of a site scheduled inside the window, in time order.</summary>
    public async Task<List<ProbeVisit>> VisitsAsync(int siteId, MonitoringWindow window, CancellationToken cancellationToken = default) =>
        await context.Set<ProbeVisit>().AsNoTracking()
            .Where(v => v.SiteId == siteId && v.ScheduledUtc >= window.StartUtc && v.ScheduledUtc < window.EndUtc)
            .OrderBy(v => v.ScheduledUtc)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Records the items of one homepage snapshot; items already known keep their first-seen time.
    /// Returns how many were new. Titles and urls are cut to their limits (crawled text is bounded).
    /// </summary>
    public async Task<int> RecordSightingsAsync(int siteId, IEnumerable<HomepageItem> items, CancellationToken cancellationToken = default)
    {
        var added = 0;
        foreach (var item in items)
        {
            RequireUtc(item.FirstSeenUtc);
            var url = Bound(item.Url, HomepageItem.MaxUrlLength)!;
            var title = Bound(item.Title, HomepageItem.MaxTitleLength)!;
            var hash = HomepageSighting.HashOf(url, title, item.PublishedOn);
            var source = Bound(item.SourceUrl, HomepageItem.MaxUrlLength);
            added += await context.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "HomepageSightings" ("SiteId", "ItemHash", "Url", "Title", "PublishedOn", "FirstSeenUtc", "SourceUrl")
                VALUES ({siteId}, {hash}, {url}, {title}, {item.PublishedOn}, {item.FirstSeenUtc}, {source})
                ON CONFLICT ("SiteId", "ItemHash") DO NOTHING
                """, cancellationToken);
        }

        return added;
    }

    /// <summary>The items of a site first seen before <paramref name="beforeUtc"/>.</summary>
    public async Task<List<HomepageItem>> SightingsAsync(int siteId, DateTime beforeUtc, CancellationToken cancellationToken = default)
    {
        var rows = await context.Set<HomepageSighting>().AsNoTracking()
            .Where(s => s.SiteId == siteId && s.FirstSeenUtc < beforeUtc)
            .OrderBy(s => s.FirstSeenUtc).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(s => s.ToItem());
    }

    /// <summary>A site's daily counts in [from, to).</summary>
    public async Task<List<ProbeDay>> DaysAsync(int siteId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await context.Set<ProbeDay>().AsNoTracking()
            .Where(d => d.SiteId == siteId && d.Day >= from && d.Day < to)
            .OrderBy(d => d.Day)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Adds up the raw visits scheduled before <paramref name="beforeUtc"/> into daily rows. Safe to
    /// repeat: a day's counts only ever grow (visits are never deleted except by the purge, which
    /// removes whole days), so an existing row keeps the larger of its counts and the recount.
    /// </summary>
    public Task<int> RollUpAsync(DateTime beforeUtc, CancellationToken cancellationToken = default)
    {
        RequireUtc(beforeUtc);
        return context.Provider == DatabaseProvider.PostgreSql
            ? context.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "ProbeDays" ("SiteId", "Day", "Visits", "Failures")
                SELECT "SiteId", ("ScheduledUtc" AT TIME ZONE 'UTC')::date, COUNT(*), SUM(CASE WHEN "Ok" THEN 0 ELSE 1 END)
                FROM "ProbeVisits" WHERE "ScheduledUtc" < {beforeUtc}
                GROUP BY "SiteId", ("ScheduledUtc" AT TIME ZONE 'UTC')::date
                ON CONFLICT ("SiteId", "Day") DO UPDATE SET
                    "Visits" = GREATEST("ProbeDays"."Visits", excluded."Visits"),
                    "Failures" = GREATEST("ProbeDays"."Failures", excluded."Failures")
                """, cancellationToken)
            : context.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "ProbeDays" ("SiteId", "Day", "Visits", "Failures")
                SELECT "SiteId", substr("ScheduledUtc", 1, 10), COUNT(*), SUM(CASE WHEN "Ok" THEN 0 ELSE 1 END)
                FROM "ProbeVisits" WHERE "ScheduledUtc" < {beforeUtc}
                GROUP BY "SiteId", substr("ScheduledUtc", 1, 10)
                ON CONFLICT ("SiteId", "Day") DO UPDATE SET
                    "Visits" = MAX("ProbeDays"."Visits", excluded."Visits"),
                    "Failures" = MAX("ProbeDays"."Failures", excluded."Failures")
                """, cancellationToken);
    }

    /// <summary>
    /// Retention: rolls up, then deletes the raw visits of whole UTC days older than
    /// <paramref name="keepDays"/> before <paramref name="nowUtc"/>, in one transaction. Returns the rows deleted.
    /// </summary>
    public async Task<int> PurgeRawVisitsAsync(DateTime nowUtc, int keepDays, CancellationToken cancellationToken = default)
    {
        RequireUtc(nowUtc);
        if (keepDays < MinimumRawRetentionDays)
            throw new ArgumentOutOfRangeException(nameof(keepDays), keepDays, $"原始访问记录至少保留 {MinimumRawRetentionDays} 天（可用性监测窗口为1周）。");
        var cutoff = DateTime.SpecifyKind(nowUtc.Date.AddDays(-keepDays), DateTimeKind.Utc);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await RollUpAsync(cutoff, cancellationToken);
        var deleted = await context.Set<ProbeVisit>().Where(v => v.ScheduledUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private static string? Bound(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    private static void RequireUtc(DateTime time)
    {
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException("时间必须是 UTC。", nameof(time));
    }
}
