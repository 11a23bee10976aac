using Pucha.Features.Alerts;
using Pucha.Hosting;
using Quartz;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Homepage snapshots, column checks and alerts: their services, and their jobs on the monitoring
/// scheduler (each a periodic sweep, one worker of a cluster at a time).
/// </summary>
public static class WatchServiceCollectionExtensions
{
    public static (WatchOptions Watch, AlertOptions Alerts) AddPuchaWatch(this IServiceCollection services, IConfiguration configuration)
    {
        var watch = services.AddCheckedOptions<WatchOptions>(configuration, MonitoringOptions.SectionName, options => options.Validate());
        var alerts = services.AddCheckedOptions<AlertOptions>(configuration, AlertOptions.SectionName, options => options.Validate());
        services.AddSingleton<WatchFetcher>();
        services.AddSingleton<HomepageSnapshotter>();
        services.AddSingleton<ColumnListReader>();
        services.AddSingleton<WatchSweeper>();
        services.AddSingleton<RobotWebhook>();
        services.AddScoped<AlertEvaluator>();
        services.AddScoped<AlertDispatcher>();
        return (watch, alerts);
    }

    public static void ScheduleWatchJobs(this IQuartzBuilder quartz, WatchOptions watch, AlertOptions alerts)
    {
        Every<HomepageSnapshotJob>(quartz, HomepageSnapshotJob.Key, TimeSpan.FromSeconds(watch.WatchSweepSeconds));
        Every<ColumnCheckJob>(quartz, ColumnCheckJob.Key, TimeSpan.FromSeconds(watch.WatchSweepSeconds));
        Every<WatchRetentionJob>(quartz, WatchRetentionJob.Key, TimeSpan.FromHours(6));
        Every<AlertEvaluationJob>(quartz, AlertEvaluationJob.Key, TimeSpan.FromSeconds(alerts.EvaluationSeconds));
        Every<DeadlineAlertJob>(quartz, DeadlineAlertJob.Key, TimeSpan.FromMinutes(alerts.DeadlineEvaluationMinutes));
        Every<AlertDeliveryJob>(quartz, AlertDeliveryJob.Key, TimeSpan.FromSeconds(alerts.DeliveryPollSeconds));
    }

    private static void Every<TJob>(IQuartzBuilder quartz, JobKey key, TimeSpan interval)
        where TJob : IJob =>
        quartz.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(key.Name, key.Group).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
            job => job.WithIdentity(key));
}
