using Pucha.Data;
using Pucha.Data.Monitoring;
using Quartz;

namespace Pucha.Monitoring;

/// <summary>Rolls the raw visits up into daily counts and purges raw visits past the retention period.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(PuchaDbContext context, MonitoringOptions options, TimeProvider clock, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "monitoring");

    public async ValueTask Execute(IJobExecutionContext job, CancellationToken cancellationToken)
    {
        var store = new MonitoringStore(context);
        var now = clock.GetUtcNow().UtcDateTime;
        await store.RollUpAsync(now, cancellationToken);
        var purged = await store.PurgeRawVisitsAsync(now, options.RawRetentionDays, cancellationToken);
        if (purged > 0)
            logger.LogInformation("Purged {Count} raw probe visits older than {Days} days", purged, options.RawRetentionDays);
    }
}
