using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Pucha.Data.Monitoring;
using Quartz;

namespace Pucha.Monitoring;

/// <summary>
/// Visits one site's homepage for the slot its trigger fired for. The slot (site, scheduled fire
/// time) is the visit's identity: a firing recovered on another worker after its first worker died
/// carries the original scheduled time and is stored at most once (insert-or-ignore).
/// One probe per site at a time: a site is never hit by two of its own visits at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ProbeJob(PuchaDbContext context, HomepageProbe probe, ILogger<ProbeJob> logger) : IJob
{
    public const string Group = "probe";
    public const string SiteIdKey = "siteId";

    public static JobKey KeyFor(int siteId) => new($"site-{siteId}", Group);

    /// <summary>A site's trigger; its group names the cadence ("probe-24") so the planner sees a changed cadence from the keys alone.</summary>
    public static TriggerKey TriggerKeyFor(int siteId, int probesPerDay) => new($"site-{siteId}", TriggerGroupFor(probesPerDay));

    public static string TriggerGroupFor(int probesPerDay) => string.Create(CultureInfo.InvariantCulture, $"{Group}-{probesPerDay}");

    public async ValueTask Execute(IJobExecutionContext job, CancellationToken cancellationToken)
    {
        var siteId = int.Parse(job.MergedJobDataMap.GetString(SiteIdKey)!, CultureInfo.InvariantCulture);
        var slot = new ProbeSlot(siteId, ScheduledTime(job));
        var store = new MonitoringStore(context);
        if (job.Recovering && await store.HasVisitAsync(slot, cancellationToken))
            return;

        var homepage = await context.Websites.AsNoTracking().Where(w => w.Id == siteId).Select(w => w.HomepageUrl).FirstOrDefaultAsync(cancellationToken);
        if (homepage is null)
            return; // deleted since it was planned; the planner removes the job

        var visit = await probe.VisitAsync(slot, homepage, cancellationToken);
        if (await store.RecordVisitAsync(visit, cancellationToken))
            logger.LogDebug("Probe {Slot} recorded: {Ok} {Status} {Reason}", slot.Key, visit.Ok, visit.StatusCode, visit.Reason);
        else
            logger.LogInformation("Probe {Slot} was already recorded by another worker", slot.Key);
    }

    // Whole seconds: the slots are whole seconds, and a recovered firing reports its original time in milliseconds.
    private static DateTime ScheduledTime(IJobExecutionContext job)
    {
        var scheduled = job.ScheduledFireTimeUtc ?? job.FireTimeUtc;
        if (job.Recovering
            && job.MergedJobDataMap.GetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime) is { } original
            && long.TryParse(original, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds))
            scheduled = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        var utc = scheduled.UtcDateTime;
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }
}
