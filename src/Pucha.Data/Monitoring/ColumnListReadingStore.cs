using Microsoft.EntityFrameworkCore;

namespace Pucha.Data.Monitoring;

/// <summary>
/// Daily column checks: one row per column per Beijing day (upsert), the newest row per column
/// being its current state. A failed check keeps the counts of the column's last good check, so
/// the newest row always carries the best-known newest item.
/// </summary>
public sealed class ColumnListReadingStore(PuchaDbContext context)
{
    /// <summary>The columns (ids) checked on <paramref name="day"/> (a Beijing date).</summary>
    public async Task<HashSet<int>> ColumnsCheckedOnAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        (await context.Set<ColumnListReading>().AsNoTracking()
            .Where(c => c.CheckedOn == day)
            .Select(c => c.ColumnId)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Stores the day's check of a column, replacing an earlier check of the same day.</summary>
    public async Task RecordAsync(ColumnListReading check, CancellationToken cancellationToken = default)
    {
        if (check.CheckedUtc.Kind != DateTimeKind.Utc)
            throw new ArgumentException("时间必须是 UTC。", nameof(check));
        if (!check.Ok)
        {
            // Unreachable today: carry the last good counts forward, so "newest row = current state" holds.
            var last = await context.Set<ColumnListReading>().AsNoTracking()
                .Where(c => c.ColumnId == check.ColumnId && c.Ok && c.CheckedOn < check.CheckedOn)
                .OrderByDescending(c => c.CheckedOn)
                .FirstOrDefaultAsync(cancellationToken);
            check.ItemCount = last?.ItemCount ?? 0;
            check.NewestPublishedOn = last?.NewestPublishedOn;
        }

        var error = check.Error is { Length: > ColumnListReading.MaxErrorLength } e ? e[..ColumnListReading.MaxErrorLength] : check.Error;
        await context.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ColumnChecks" ("ColumnId", "CheckedOn", "SiteId", "CheckedUtc", "Ok", "ItemCount", "NewestPublishedOn", "Error")
            VALUES ({check.ColumnId}, {check.CheckedOn}, {check.SiteId}, {check.CheckedUtc}, {check.Ok}, {check.ItemCount}, {check.NewestPublishedOn}, {error})
            ON CONFLICT ("ColumnId", "CheckedOn") DO UPDATE SET
                "CheckedUtc" = excluded."CheckedUtc", "Ok" = excluded."Ok", "ItemCount" = excluded."ItemCount",
                "NewestPublishedOn" = excluded."NewestPublishedOn", "Error" = excluded."Error"
            """, cancellationToken);
    }

    /// <summary>
    /// The newest check of each column of the given sites on or before <paramref name="asOf"/> (a
    /// Beijing date): one query, the per-column maximum found through the primary key.
    /// </summary>
    public Task<List<ColumnListReading>> LatestAsync(IQueryable<int> siteIds, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var checks = context.Set<ColumnListReading>().AsNoTracking();
        return checks
            .Where(c => siteIds.Contains(c.SiteId) && c.CheckedOn <= asOf
                && c.CheckedOn == checks.Where(o => o.ColumnId == c.ColumnId && o.CheckedOn <= asOf).Max(o => o.CheckedOn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes checks older than <paramref name="keepDays"/> days before <paramref name="today"/>,
    /// except each column's newest one (its current state).
    /// </summary>
    public Task<int> PurgeAsync(DateOnly today, int keepDays, CancellationToken cancellationToken = default)
    {
        var cutoff = today.AddDays(-keepDays);
        var checks = context.Set<ColumnListReading>();
        return checks
            .Where(c => c.CheckedOn < cutoff && checks.Any(n => n.ColumnId == c.ColumnId && n.CheckedOn > c.CheckedOn))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
