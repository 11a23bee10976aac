using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Quartz;

namespace Pucha.Monitoring;

/// <summary>
/// Keeps one probe job per registered website: adds the missing ones, removes those of deleted
/// sites, and re-plans a site whose cadence changed. Each site's trigger repeats every
/// 86 400 / N seconds from its first <see cref="ProbeSchedule"/> slot, so it fires exactly on the
/// planned slots. A missed firing (every worker down) is skipped, not run late: the lost visit
/// shows as a day below 20 visits in the availability report.
/// </summary>
public sealed class ProbePlanner(PuchaDbContext context, MonitoringOptions options, TimeProvider clock)
{
    private const string ProbesPerDayKey = "probesPerDay";

    public async Task<(int Added, int Removed, int Replanned)> PlanAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var cadence = options.Cadence;
        var sites = await context.Websites.AsNoTracking().Where(w => w.HomepageUrl != "").Select(w => w.Id).ToListAsync(cancellationToken);
        var wanted = sites.ToHashSet();
        var existing = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(ProbeJob.Group), cancellationToken);

        var removed = 0;
        foreach (var key in existing)
        {
            if (!TryParseSiteId(key, out var siteId) || !wanted.Contains(siteId))
            {
                await scheduler.DeleteJob(key, cancellationToken);
                removed++;
            }
        }

        var added = 0;
        var replanned = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var siteId in sites)
        {
            var trigger = await scheduler.GetTrigger(ProbeJob.TriggerKeyFor(siteId), cancellationToken);
            if (trigger is not null && trigger.JobDataMap.GetString(ProbesPerDayKey) == cadence.ProbesPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture))
                continue;

            var job = JobBuilder.Create<ProbeJob>()
                .WithIdentity(ProbeJob.KeyFor(siteId))
                .UsingJobData(ProbeJob.SiteIdKey, siteId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .RequestRecovery()
                .Build();
            var first = ProbeSchedule.NextSlot(siteId, now.AddSeconds(1), cadence.ProbesPerDay);
            var newTrigger = TriggerBuilder.Create()
                .WithIdentity(ProbeJob.TriggerKeyFor(siteId))
                .ForJob(job)
                .UsingJobData(ProbesPerDayKey, cadence.ProbesPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .StartAt(new DateTimeOffset(first.ScheduledUtc))
                .WithSimpleSchedule(s => s
                    .WithInterval(TimeSpan.FromSeconds(cadence.ProbeIntervalSeconds))
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            try
            {
                await scheduler.ScheduleJob(job, newTrigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                continue; // another worker planned it at the same moment
            }

            if (trigger is null)
                added++;
            else
                replanned++;
        }

        return (added, removed, replanned);
    }

    private static bool TryParseSiteId(JobKey key, out int siteId)
    {
        siteId = 0;
        return key.Name.StartsWith("site-", StringComparison.Ordinal)
            && int.TryParse(key.Name.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out siteId);
    }
}
