using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;

namespace Pucha.Data.Monitoring;

/// <summary>
/// Homepage snapshots: the snapshot row is insert-or-ignore on its slot, like a probe visit, and
/// the items go through <see cref="MonitoringStore.RecordSightingsAsync"/> (insert-or-ignore on the
/// item), so a snapshot repeated after a crash changes nothing.
/// </summary>
public sealed class HomepageSnapshotStore(PuchaDbContext context)
{
    /// <summary>
    /// Records the snapshot and its items in one transaction; false when the slot was already
    /// recorded (another worker took it), and then nothing is written.
    /// </summary>
    public async Task<bool> RecordAsync(HomepageSnapshot snapshot, IReadOnlyList<HomepageItem> items, CancellationToken cancellationToken = default)
    {
        RequireUtc(snapshot.ScheduledUtc);
        RequireUtc(snapshot.TakenUtc);
        var error = snapshot.Error is { Length: > HomepageSnapshot.MaxErrorLength } e ? e[..HomepageSnapshot.MaxErrorLength] : snapshot.Error;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var newItems = snapshot.Ok ? await new MonitoringStore(context).RecordSightingsAsync(snapshot.SiteId, items, cancellationToken) : 0;
        var rows = await context.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "HomepageSnapshots" ("SiteId", "ScheduledUtc", "TakenUtc", "Ok", "StatusCode", "Items", "DatedItems", "NewItems", "Error", "CertificateNotAfterUtc", "NavigationOnly", "SecondLevelPages")
            VALUES ({snapshot.SiteId}, {snapshot.ScheduledUtc}, {snapshot.TakenUtc}, {snapshot.Ok}, {snapshot.StatusCode}, {snapshot.Items}, {snapshot.DatedItems}, {newItems}, {error}, {snapshot.CertificateNotAfterUtc}, {snapshot.NavigationOnly}, {snapshot.SecondLevelPages})
            ON CONFLICT ("SiteId", "ScheduledUtc") DO NOTHING
            """, cancellationToken);
        if (rows == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        snapshot.NewItems = newItems;
        return true;
    }

    /// <summary>The newest snapshot of a site at or before <paramref name="asOfUtc"/>.</summary>
    public Task<HomepageSnapshot?> LatestAsync(int siteId, DateTime asOfUtc, CancellationToken cancellationToken = default) =>
        context.Set<HomepageSnapshot>().AsNoTracking()
            .Where(s => s.SiteId == siteId && s.ScheduledUtc <= asOfUtc)
            .OrderByDescending(s => s.ScheduledUtc)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Deletes snapshot rows older than <paramref name="keepDays"/>; the sightings they fed stay.</summary>
    public Task<int> PurgeAsync(DateTime nowUtc, int keepDays, CancellationToken cancellationToken = default)
    {
        RequireUtc(nowUtc);
        var cutoff = nowUtc.AddDays(-keepDays);
        return context.Set<HomepageSnapshot>().Where(s => s.ScheduledUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private static void RequireUtc(DateTime time)
    {
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException("时间必须是 UTC。", nameof(time));
    }
}
