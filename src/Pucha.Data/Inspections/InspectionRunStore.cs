using Microsoft.EntityFrameworkCore;

namespace Pucha.Data.Inspections;

/// <summary>
/// Stores inspection runs and hands queued ones to runners. A run is claimed with a conditional
/// update (Queued → Running), so two runners (the web process and `pucha worker` processes) never
/// inspect the same run twice.
/// </summary>
public sealed class InspectionRunStore(PuchaDbContext context)
{
    /// <summary>A run still Running after this long was interrupted (process killed); it is marked failed.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(6);

    /// <summary>
    /// Queues a run of the site unless one is already queued or running, in which case that one is returned.
    /// </summary>
    public async Task<(InspectionRun Run, bool Created)> EnqueueAsync(int siteId, InspectionTrigger trigger, string requestedBy,
        DateOnly asOf, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var active = await context.Set<InspectionRun>().AsNoTracking()
            .Where(r => r.SiteId == siteId && (r.Status == InspectionRunStatus.Queued || r.Status == InspectionRunStatus.Running))
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (active is not null)
            return (active, false);

        var run = new InspectionRun
        {
            SiteId = siteId,
            Trigger = trigger,
            RequestedBy = Bound(requestedBy, InspectionRun.MaxRequestedByLength) ?? "",
            Status = InspectionRunStatus.Queued,
            QueuedUtc = nowUtc,
            AsOf = asOf,
        };
        context.Add(run);
        await context.SaveChangesAsync(cancellationToken);
        context.Entry(run).State = EntityState.Detached;
        return (run, true);
    }

    /// <summary>
    /// Queues a weekly run for every site whose latest run was queued before <paramref name="dueBeforeUtc"/>
    /// (or that has none), at most <paramref name="limit"/> sites, lowest ids first. Returns how many were queued.
    /// </summary>
    public async Task<int> EnqueueDueAsync(DateTime dueBeforeUtc, DateOnly asOf, DateTime nowUtc, int limit, CancellationToken cancellationToken = default)
    {
        var runs = context.Set<InspectionRun>();
        var due = await context.Websites.AsNoTracking()
            .Where(w => !runs.Any(r => r.SiteId == w.Id
                                       && (r.QueuedUtc >= dueBeforeUtc || r.Status == InspectionRunStatus.Queued || r.Status == InspectionRunStatus.Running)))
            .OrderBy(w => w.Id)
            .Select(w => w.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        foreach (var siteId in due)
        {
            context.Add(new InspectionRun
            {
                SiteId = siteId, Trigger = InspectionTrigger.Weekly, RequestedBy = "系统", Status = InspectionRunStatus.Queued,
                QueuedUtc = nowUtc, AsOf = asOf,
            });
        }
        await context.SaveChangesAsync(cancellationToken);
        context.ChangeTracker.Clear();
        return due.Count;
    }

    /// <summary>
    /// Claims the oldest queued run (Queued → Running, stamped <paramref name="nowUtc"/>); null when none is left.
    /// Runs interrupted long ago are marked failed first, so a killed process does not block its sites forever.
    /// </summary>
    public async Task<InspectionRun?> ClaimNextAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var stale = nowUtc - StaleAfter;
        await context.Set<InspectionRun>()
            .Where(r => r.Status == InspectionRunStatus.Running && r.StartedUtc < stale)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, InspectionRunStatus.Failed)
                .SetProperty(r => r.FinishedUtc, nowUtc)
                .SetProperty(r => r.Error, "检查中断（处理进程已退出）"), cancellationToken);

        // Another runner may claim the same row between the read and the update: then try the next one.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var id = await context.Set<InspectionRun>().AsNoTracking()
                .Where(r => r.Status == InspectionRunStatus.Queued)
                .OrderBy(r => r.QueuedUtc).ThenBy(r => r.Id)
                .Select(r => (long?)r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (id is null)
                return null;
            var claimed = await context.Set<InspectionRun>()
                .Where(r => r.Id == id && r.Status == InspectionRunStatus.Queued)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, InspectionRunStatus.Running)
                    .SetProperty(r => r.StartedUtc, nowUtc), cancellationToken);
            if (claimed == 1)
                return await context.Set<InspectionRun>().AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
        }
        return null;
    }

    /// <summary>Writes the outcome of a claimed run (status, stats, findings, report).</summary>
    public async Task FinishAsync(InspectionRun run, CancellationToken cancellationToken = default)
    {
        run.Error = Bound(run.Error, InspectionRun.MaxErrorLength);
        context.Update(run);
        await context.SaveChangesAsync(cancellationToken);
        context.Entry(run).State = EntityState.Detached;
    }

    public Task<InspectionRun?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        context.Set<InspectionRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The site's latest completed run: what score sheets are prefilled from.</summary>
    public Task<InspectionRun?> LatestCompletedAsync(int siteId, CancellationToken cancellationToken = default) =>
        context.Set<InspectionRun>().AsNoTracking()
            .Where(r => r.SiteId == siteId && r.Status == InspectionRunStatus.Completed)
            .OrderByDescending(r => r.FinishedUtc).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The site's runs, newest first, without their findings and report (list views).</summary>
    public async Task<List<InspectionRun>> ListAsync(int siteId, int limit, CancellationToken cancellationToken = default) =>
        await context.Set<InspectionRun>().AsNoTracking()
            .Where(r => r.SiteId == siteId)
            .OrderByDescending(r => r.Id)
            .Take(limit)
            .Select(r => new InspectionRun
            {
                Id = r.Id, SiteId = r.SiteId, Trigger = r.Trigger, RequestedBy = r.RequestedBy, Status = r.Status,
                QueuedUtc = r.QueuedUtc, StartedUtc = r.StartedUtc, FinishedUtc = r.FinishedUtc, AsOf = r.AsOf,
                HomepageReached = r.HomepageReached, Error = r.Error, FindingCount = r.FindingCount, VetoCount = r.VetoCount,
                FindingsOmitted = r.FindingsOmitted, Pages = r.Pages, Links = r.Links, BrokenLinks = r.BrokenLinks,
                Bytes = r.Bytes, Seconds = r.Seconds, ReportTrimmed = r.ReportTrimmed,
            })
            .ToListAsync(cancellationToken);

    private static string? Bound(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
