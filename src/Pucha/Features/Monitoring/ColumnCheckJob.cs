using Quartz;

namespace Pucha.Features.Monitoring;

/// <summary>Checks the due registered columns (default daily per site); one worker of a cluster at a time.</summary>
[DisallowConcurrentExecution]
public sealed class ColumnCheckJob(WatchSweeper sweeper, ILogger<ColumnCheckJob> logger) : IJob
{
    public static readonly JobKey Key = new("column-checks", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var checkedColumns = await sweeper.CheckColumnsDueAsync(cancellationToken);
        if (checkedColumns > 0)
            logger.LogInformation("Column checks: {Count} columns checked", checkedColumns);
    }
}
