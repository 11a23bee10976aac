using Quartz;

namespace Pucha.Features.Monitoring;

/// <summary>Takes the due homepage snapshots (default every 6 h per site); one worker of a cluster at a time.</summary>
[DisallowConcurrentExecution]
public sealed class HomepageSnapshotJob(WatchSweeper sweeper, ILogger<HomepageSnapshotJob> logger) : IJob
{
    public static readonly JobKey Key = new("homepage-snapshots", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var recorded = await sweeper.SnapshotDueAsync(cancellationToken);
        if (recorded > 0)
            logger.LogInformation("Homepage snapshots: {Count} recorded", recorded);
    }
}
