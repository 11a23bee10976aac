using Quartz;

namespace Pucha.Features.Alerts;

/// <summary>Looks for outages and recoveries (every <see cref="AlertOptions.EvaluationSeconds"/>).</summary>
[DisallowConcurrentExecution]
public sealed class AlertEvaluationJob(AlertEvaluator evaluator, ILogger<AlertEvaluationJob> logger) : IJob
{
    public static readonly JobKey Key = new("alerts-availability", "alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var raised = await evaluator.EvaluateAvailabilityAsync(cancellationToken);
        if (raised > 0)
            logger.LogInformation("Alerts: {Count} outage/recovery alerts raised", raised);
    }
}
