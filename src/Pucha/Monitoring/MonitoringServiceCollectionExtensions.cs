using Microsoft.Extensions.DependencyInjection.Extensions;
using Pucha.Data.Infrastructure;
using Pucha.Inspections;
using Quartz;

namespace Pucha.Monitoring;

/// <summary>
/// Registers continuous monitoring on Quartz.NET. On SQLite the jobs live in memory (one process
/// runs everything). On PostgreSQL they live in Quartz's clustered ADO.NET job store in the same
/// database, so any number of `pucha worker` processes share them: each firing runs on one worker,
/// and the firings of a worker that dies are recovered by the others.
/// Needs <c>AddPuchaData</c> with the same connection string.
/// </summary>
public static class MonitoringServiceCollectionExtensions
{

    public static IServiceCollection AddPuchaMonitoring(this IServiceCollection services, IConfiguration configuration, string? connectionString)
    {
        var options = configuration.GetSection(MonitoringOptions.SectionName).Get<MonitoringOptions>() ?? new MonitoringOptions();
        options.Validate();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HomepageProbe>();
        services.AddScoped<ProbePlanner>();
        var (watch, alerts) = services.AddPuchaWatch(configuration);
        services.AddInspections(configuration);
        var inspection = InspectionSettings.From(configuration);

        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = options.MaxConcurrentProbes);
            if (DatabaseProviders.Detect(connectionString) == DatabaseProvider.PostgreSql)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(connectionString!);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(options.ClusterCheckinSeconds);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(options.ClusterCheckinSeconds * 2);
                    });
                    // Quartz creates its qrtz_* tables when missing (several workers may race: the loser finds them).
                    store.ProvisionSchema();
                });
                // Triggers freed from a dead worker are picked up at the next poll, not after Quartz's 30 s default.
                quartz.ConfigureScheduler(scheduler => scheduler.IdleWaitTime = TimeSpan.FromSeconds(options.ClusterCheckinSeconds));
            }
            else
            {
                quartz.UseInMemoryStore();
            }

            quartz.ScheduleJob<PlanProbesJob>(
                trigger => trigger.WithIdentity("plan-probes", "monitoring").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.PlanningIntervalSeconds)).RepeatForever()),
                job => job.WithIdentity(PlanProbesJob.Key));
            quartz.ScheduleJob<RetentionJob>(
                trigger => trigger.WithIdentity("retention", "monitoring").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(6)).RepeatForever()),
                job => job.WithIdentity(RetentionJob.Key));
            quartz.ScheduleWatchJobs(watch, alerts);
            quartz.ScheduleWeeklyInspection(inspection);
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
