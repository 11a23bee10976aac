using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Quartz;

namespace Pucha.Monitoring;

/// <summary>
/// Keeps one probe job per registered website: adds the missing ones, removes those of deleted
/// sites, and re-plans every site when the cadence changed. Each site's trigger repeats every
/// 86 400 / N seconds from its first <see cref="ProbeSchedule"/> slot, so it fires exactly on the
/// planned slots. A missed firing (every worker down) is skipped, not run late: the lost visit
/// shows as a day below 20 visits in the availability report.
/// The cadence is part of the trigger group's name ("probe-24"), so one key listing tells which
/// sites are planned at the current cadence, and new jobs are stored in batches of
/// <see cref="BatchSize"/> (one transaction each on the clustered store): planning 100,000 sites
/// costs a few hundred statements' round trips, not one transaction per site (see bench/RESULTS.md).
/// </summary>
public sealed class ProbePlanner(PuchaDbContext context, MonitoringOptions options, TimeProvider clock)
{
    /// <summary>Jobs stored per scheduler call (one transaction holding Quartz's trigger lock).</summary>
    public const int BatchSize = 500;

    private const string TriggerGroupPrefix = ProbeJob.Group + "-";

    public async Task<(int Added, int Removed, int Replanned)> PlanAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var cadence = options.Cadence;
        var sites = await context.Websites.AsNoTracking().Where(w => w.HomepageUrl != "").Select(w => w.Id).ToListAsync(cancellationToken);
        var wanted = sites.ToHashSet();
        var existingJobs = new HashSet<int>();
        var removed = 0;
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(ProbeJob.Group), cancellationToken))
        {
            if (TryParseSiteId(key.Name, out var siteId) && wanted.Contains(siteId))
            {
                existingJobs.Add(siteId);
                continue;
            }

            await scheduler.DeleteJob(key, cancellationToken);
            removed++;
        }

        // Triggers of another cadence (or of the plain "probe" group of earlier versions) go; their jobs are re-planned below.
        var currentGroup = ProbeJob.TriggerGroupFor(cadence.ProbesPerDay);
        foreach (var group in await scheduler.GetTriggerGroupNames(cancellationToken))
        {
            if (group == currentGroup || (group != ProbeJob.Group && !group.StartsWith(TriggerGroupPrefix, StringComparison.Ordinal)))
                continue;
            var stale = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(group), cancellationToken);
            await scheduler.UnscheduleJobs(stale, cancellationToken);
        }

        var planned = new HashSet<int>();
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(currentGroup), cancellationToken))
        {
            if (TryParseSiteId(key.Name, out var siteId))
                planned.Add(siteId);
        }

        var added = 0;
        var replanned = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>(BatchSize);
        foreach (var siteId in sites)
        {
            if (planned.Contains(siteId))
                continue;
            if (existingJobs.Contains(siteId))
                replanned++;
            else
                added++;
            var (job, trigger) = Plan(siteId, cadence, now);
            batch[job] = [trigger];
            if (batch.Count == BatchSize)
                await StoreAsync(scheduler, batch, cancellationToken);
        }

        await StoreAsync(scheduler, batch, cancellationToken);
        return (added, removed, replanned);
    }

    private static (IJobDetail Job, ITrigger Trigger) Plan(int siteId, MonitoringCadence cadence, DateTime now)
    {
        var job = JobBuilder.Create<ProbeJob>()
            .WithIdentity(ProbeJob.KeyFor(siteId))
            .UsingJobData(ProbeJob.SiteIdKey, siteId.ToString(CultureInfo.InvariantCulture))
            .RequestRecovery()
            .Build();
        var first = ProbeSchedule.NextSlot(siteId, now.AddSeconds(1), cadence.ProbesPerDay);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(ProbeJob.TriggerKeyFor(siteId, cadence.ProbesPerDay))
            .ForJob(job)
            .StartAt(new DateTimeOffset(first.ScheduledUtc))
            .WithSimpleSchedule(s => s
                .WithInterval(TimeSpan.FromSeconds(cadence.ProbeIntervalSeconds))
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        return (job, trigger);
    }

    // Replace: a job left without its trigger by a crash between two batches is simply stored again.
    private static async Task StoreAsync(IScheduler scheduler, Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
            return;
        await scheduler.ScheduleJobs(batch, new ScheduleJobOptions { Replace = true }, cancellationToken);
        batch.Clear();
    }

    private static bool TryParseSiteId(string name, out int siteId)
    {
        siteId = 0;
        return name.StartsWith("site-", StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out siteId);
    }
}
