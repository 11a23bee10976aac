using Quartz;

namespace Pucha.Monitoring;

/// <summary>Runs the <see cref="ProbePlanner"/> at start and then periodically; one worker of a cluster at a time.</summary>
[DisallowConcurrentExecution]
public sealed class PlanProbesJob(ProbePlanner planner, ILogger<PlanProbesJob> logger) : IJob
{
    public static readonly JobKey Key = new("plan-probes", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (added, removed, replanned) = await planner.PlanAsync(context.Scheduler, cancellationToken);
        if (added + removed + replanned > 0)
            logger.LogInformation("Probe plan: {Added} added, {Removed} removed, {Replanned} re-planned", added, removed, replanned);
    }
}
