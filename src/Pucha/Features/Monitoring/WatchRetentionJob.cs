using Quartz;

namespace Pucha.Features.Monitoring;

/// <summary>Purges homepage snapshots and column checks past their retention.</summary>
[DisallowConcurrentExecution]
public sealed class WatchRetentionJob(WatchSweeper sweeper, ILogger<WatchRetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("watch-retention", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var purged = await sweeper.PurgeAsync(cancellationToken);
        if (purged > 0)
            logger.LogInformation("Purged {Count} snapshot and column-check rows past retention", purged);
    }
}
