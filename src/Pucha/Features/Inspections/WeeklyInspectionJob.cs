using Quartz;

namespace Pucha.Features.Inspections;

/// <summary>
/// 每周全面检查: queues every site whose last full inspection is older than the interval (7 days),
/// then runs queued inspections until none is left. Fires every hour, so a new site or a worker
/// back from a pause catches up within the hour; one worker of a cluster at a time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WeeklyInspectionJob(SiteInspectionService inspections, ILogger<WeeklyInspectionJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-inspection", "inspection");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var queued = await inspections.EnqueueDueAsync(cancellationToken);
        if (queued > 0)
            logger.LogInformation("Weekly inspection: {Queued} sites queued", queued);
        var ran = 0;
        while (!cancellationToken.IsCancellationRequested && await inspections.RunNextAsync(cancellationToken) is not null)
            ran++;
        if (ran > 0)
            logger.LogInformation("Weekly inspection: {Ran} runs finished", ran);
    }
}
