using System.Globalization;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Pucha.Data.Monitoring;
using Quartz;

namespace Pucha.Features.Monitoring;

/// <summary>
/// One shard of the probes (sites with id mod S = shard), fired once a period. A firing reads the
/// shard's due slots (<see cref="ProbeShardPlan"/>) and runs them on time (<see cref="ProbeShardRunner"/>).
/// Stored with <c>RequestRecovery</c>: on the clustered store, a firing whose worker dies mid-period is
/// run again by another worker with its original scheduled time, so it covers the same window; the
/// slots already stored are skipped and the others are visited, late if their time has passed.
/// A firing first claims its window (<see cref="ProbeShardClaim"/>): a second, non-recovering firing of
/// the same window — a trigger replaced by a joining worker while already acquired — skips it.
/// Graceful stop: a firing cancelled with its scheduler releases its window; the next firings of the shard
/// (on the surviving workers) take released windows over, so their unvisited slots are visited late.
/// Not <c>DisallowConcurrentExecution</c>: two periods of a shard never share a slot, and a period
/// ending with a 15 s hang must not delay the next one.
/// </summary>
public sealed class ProbeShardJob(
    PuchaDbContext context, ProbeShardRunner runner, MonitoringOptions options, WatchOptions watch, TimeProvider clock, ILogger<ProbeShardJob> logger,
    IHostApplicationLifetime? lifetime = null) : IJob
{
    public const string GroupPrefix = "probe-shards-";
    public const string ShardKey = "shard";
    public const string ShardsKey = "shards";
    public const string PeriodKey = "periodSeconds";

    /// <summary>The group names the layout ("probe-shards-64x60s"): jobs of another layout are retired at start.</summary>
    public static string GroupFor(int shards, int periodSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{GroupPrefix}{shards}x{periodSeconds}s");

    public static JobKey KeyFor(int shard, int shards, int periodSeconds) =>
        new(string.Create(CultureInfo.InvariantCulture, $"shard-{shard}"), GroupFor(shards, periodSeconds));

    public async ValueTask Execute(IJobExecutionContext job, CancellationToken cancellationToken)
    {
        // The layout comes from the job itself: a job stored by a worker with another configuration still covers its own sites.
        var data = job.MergedJobDataMap;
        var shard = int.Parse(data.GetString(ShardKey)!, CultureInfo.InvariantCulture);
        var shards = int.Parse(data.GetString(ShardsKey)!, CultureInfo.InvariantCulture);
        var period = int.Parse(data.GetString(PeriodKey)!, CultureInfo.InvariantCulture);
        var (start, end) = ProbeShardSchedule.WindowOf(ScheduledTime(job), period);
        // Quartz waits for running jobs at shutdown without cancelling them (interruptJobsOnShutdownWithWait is off, and
        // other jobs rely on that); a firing holds its whole period, longer than the host's shutdown time-out. So the
        // firing stops with the host itself and releases the rest of its window to the surviving workers.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime?.ApplicationStopping ?? CancellationToken.None);
        await RunWindowAsync(shard, shards, period, start, end, job.Recovering, job.Scheduler.SchedulerInstanceId, stopping.Token);
    }

    /// <summary>
    /// Runs one window of a shard: claims it first, and skips it when another firing already claimed it
    /// (unless this firing is a recovery, whose worker died mid-window: it visits the slots not stored).
    /// A firing that runs also takes over the shard's windows released by gracefully stopped workers in the
    /// last periods and visits their slots not stored, late. Stopped with the scheduler, it releases its own
    /// window (and the ones it took over) for the next firing of the shard, on whichever worker survives.
    /// Returns how many visits this call stored.
    /// </summary>
    public async Task<int> RunWindowAsync(int shard, int shards, int period, DateTime start, DateTime end, bool recovering, string worker, CancellationToken cancellationToken)
    {
        var store = new MonitoringStore(context);
        var claimed = await store.ClaimShardWindowAsync(shards, period, shard, start, clock.GetUtcNow().UtcDateTime, worker, cancellationToken);
        if (!claimed && !recovering)
        {
            logger.LogInformation("Shard {Shard}/{Shards} [{Start:HH:mm:ss}, {End:HH:mm:ss}) already claimed by another firing: skipped", shard, shards, start, end);
            return 0;
        }

        var windows = new List<DateTime>(1 + ProbeShardClaim.MaxTakeOverPeriods) { start };
        var probes = new List<PlannedProbe>();
        try
        {
            // Not cancelled half-way (a few short statements): a window taken is always either run or released again.
            var taken = await store.TakeReleasedShardWindowsAsync(shards, period, shard, start, clock.GetUtcNow().UtcDateTime, worker, CancellationToken.None);
            windows.AddRange(taken);
            foreach (var releasedStart in taken)
            {
                var left = await ProbeShardPlan.LoadAsync(context, shard, shards, releasedStart, releasedStart.AddSeconds(period), options.GlobalCadence(watch), cancellationToken);
                logger.LogInformation("Shard {Shard} [{Start:HH:mm:ss}, {End:HH:mm:ss}) released by a stopped worker, taken over: {Count} slots still to visit",
                    shard, releasedStart, releasedStart.AddSeconds(period), left.Count);
                probes.AddRange(left);
            }

            var own = await ProbeShardPlan.LoadAsync(context, shard, shards, start, end, options.GlobalCadence(watch), cancellationToken);
            logger.LogDebug("Shard {Shard}/{Shards} [{Start:HH:mm:ss}, {End:HH:mm:ss}): {Count} slots", shard, shards, start, end, own.Count);
            if (recovering)
                logger.LogInformation("Shard {Shard} recovered for [{Start:HH:mm:ss}, {End:HH:mm:ss}): {Count} slots still to visit", shard, start, end, own.Count);
            // The taken-over windows are older: their slots come first and are visited at once.
            probes.AddRange(own);
            return await runner.RunAsync(probes, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Shard {Shard} stopped with the scheduler before the end of [{Start:HH:mm:ss}, {End:HH:mm:ss})", shard, start, end);
            return 0;
        }
        finally
        {
            // Visits cancelled in flight are not stored either, so the window is released whenever the stop
            // came before the firing ended; the taker plans only the slots not stored.
            if (cancellationToken.IsCancellationRequested)
                await ReleaseAsync(store, shard, shards, period, windows);
        }
    }

    /// <summary>Bounds the release: the worker is shutting down and its host waits for the jobs.</summary>
    public static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(10);

    private async Task ReleaseAsync(MonitoringStore store, int shard, int shards, int period, List<DateTime> windows)
    {
        // The firing's token is cancelled: the release runs on its own, bounded one.
        using var timeout = new CancellationTokenSource(ReleaseTimeout);
        try
        {
            foreach (var windowStart in windows)
            {
                if (await store.ReleaseShardWindowAsync(shards, period, shard, windowStart, clock.GetUtcNow().UtcDateTime, timeout.Token))
                    logger.LogInformation("Shard {Shard} [{Start:HH:mm:ss}, {End:HH:mm:ss}) released for the other workers", shard, windowStart, windowStart.AddSeconds(period));
            }
        }
        catch (Exception e)
        {
            // The window is then lost for its shard, as when the database is down at the claim (docs/monitoring.md).
            logger.LogWarning(e, "Shard {Shard}: windows {Windows} could not be released", shard, windows);
        }
    }

    // Whole seconds: the fire times are whole seconds, and a recovered firing reports its original time in milliseconds.
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
