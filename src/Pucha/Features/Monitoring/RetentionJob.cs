using Pucha.Data;
using Pucha.Data.Monitoring;
using Quartz;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Rolls the raw visits up into daily counts and purges raw visits past the retention period, and the
/// probe shard claims older than <see cref="ShardClaimRetention"/> (a claim only matters while its window
/// can still fire: minutes, or a recovery after a worker's death).
/// </summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(PuchaDbContext context, MonitoringOptions options, TimeProvider clock, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "monitoring");

    public static readonly TimeSpan ShardClaimRetention = TimeSpan.FromDays(2);

    public async ValueTask Execute(IJobExecutionContext job, CancellationToken cancellationToken)
    {
        var store = new MonitoringStore(context);
        var now = clock.GetUtcNow().UtcDateTime;
        await store.RollUpAsync(now, cancellationToken);
        var purged = await store.PurgeRawVisitsAsync(now, options.RawRetentionDays, cancellationToken);
        if (purged > 0)
            logger.LogInformation("Purged {Count} raw probe visits older than {Days} days", purged, options.RawRetentionDays);
        var claims = await store.PurgeShardClaimsAsync(now - ShardClaimRetention, cancellationToken);
        if (claims > 0)
            logger.LogInformation("Purged {Count} probe shard claims older than {Retention}", claims, ShardClaimRetention);
    }
}
