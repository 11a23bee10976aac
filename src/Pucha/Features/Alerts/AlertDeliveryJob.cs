using Quartz;

namespace Pucha.Features.Alerts;

/// <summary>Sends the due alert deliveries (every <see cref="AlertOptions.DeliveryPollSeconds"/>).</summary>
[DisallowConcurrentExecution]
public sealed class AlertDeliveryJob(AlertDispatcher dispatcher, ILogger<AlertDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("alerts-delivery", "alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sent = await dispatcher.RunOnceAsync(cancellationToken);
        if (sent > 0)
            logger.LogInformation("Alerts: {Count} deliveries sent", sent);
    }
}
