using Quartz;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Runs once at start: removes from the (clustered, persistent) store the probe jobs the current
/// layout does not use — the one-job-per-site probes and their planner of earlier versions, and shard
/// jobs of another shard count or period. Every worker of a cluster should run the same layout.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetireProbeJobsJob(MonitoringOptions options, ILogger<RetireProbeJobsJob> logger) : IJob
{
    public static readonly JobKey Key = new("retire-probe-jobs", "monitoring");

    // Earlier versions: one job per site in group "probe", planned by "plan-probes".
    private const string PerSiteGroup = "probe";
    private static readonly JobKey OldPlanner = new("plan-probes", "monitoring");

    public async ValueTask Execute(IJobExecutionContext job, CancellationToken cancellationToken)
    {
        var scheduler = job.Scheduler;
        var current = ProbeShardJob.GroupFor(options.ProbeShards, options.ProbeShardPeriodSeconds);
        var retired = new List<JobKey>();
        foreach (var group in await scheduler.GetJobGroupNames(cancellationToken))
        {
            if (group == PerSiteGroup || (group.StartsWith(ProbeShardJob.GroupPrefix, StringComparison.Ordinal) && group != current))
                retired.AddRange(await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(group), cancellationToken));
        }

        // Listed, not loaded: its job type no longer exists, so its detail cannot be read back.
        if ((await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(OldPlanner.Group), cancellationToken)).Contains(OldPlanner))
            retired.Add(OldPlanner);
        if (retired.Count == 0)
            return;
        await scheduler.DeleteJobs(retired, cancellationToken);
        logger.LogInformation("Retired {Count} probe jobs of an earlier layout", retired.Count);
    }
}
