using Quartz;

namespace Pucha.Features.Alerts;

/// <summary>Looks for columns near their deadline and expiring certificates (every <see cref="AlertOptions.DeadlineEvaluationMinutes"/>).</summary>
[DisallowConcurrentExecution]
public sealed class DeadlineAlertJob(AlertEvaluator evaluator, ILogger<DeadlineAlertJob> logger) : IJob
{
    public static readonly JobKey Key = new("alerts-deadlines", "alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var raised = await evaluator.EvaluateDeadlinesAsync(cancellationToken);
        if (raised > 0)
            logger.LogInformation("Alerts: {Count} column-deadline/certificate alerts raised", raised);
    }
}
