using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pucha.Core.Monitoring;
using Pucha.Data.Infrastructure;
using Pucha.Features.Inspections;
using Pucha.Hosting;
using Quartz;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Registers continuous monitoring on Quartz.NET. On SQLite the jobs live in memory (one process
/// runs everything). On PostgreSQL they live in Quartz's clustered ADO.NET job store in the same
/// database, so any number of `pucha worker` processes share them: each firing runs on one worker,
/// and the firings of a worker that dies are recovered by the others.
/// Needs <c>AddPuchaData</c> with the same connection string.
/// </summary>
public static class MonitoringServiceCollectionExtensions
{
    /// <summary>Room in Quartz's pool for the jobs other than the probe shards (sweeps, alerts, retention, inspections).</summary>
    private const int OtherJobsConcurrency = 16;

    public static IServiceCollection AddPuchaMonitoring(this IServiceCollection services, IConfiguration configuration, string? connectionString)
    {
        var options = services.AddCheckedOptions<MonitoringOptions>(configuration, MonitoringOptions.SectionName, options => options.Validate());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HomepageProbe>();
        services.AddSingleton<ProbeShardRunner>();
        var (watch, alerts) = services.AddPuchaWatch(configuration);
        services.AddInspections(configuration);
        var inspection = configuration.GetSection(InspectionSettings.SectionName).Get<InspectionSettings>() ?? new InspectionSettings();

        services.AddQuartz(quartz =>
        {
            // A shard's firing stays running for its whole period (sleeping between slots, cheap async waits), and
            // a period ending on a slow visit overlaps the next: room for two firings a shard, plus the other jobs.
            // The visits themselves are bounded by MaxConcurrentProbes in ProbeShardRunner.
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = 2 * options.ProbeShards + OtherJobsConcurrency);
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

            quartz.ScheduleProbeShards(options);
            quartz.ScheduleJob<RetireProbeJobsJob>(
                trigger => trigger.WithIdentity(RetireProbeJobsJob.Key.Name, RetireProbeJobsJob.Key.Group).StartNow(),
                // Durable: a one-shot job is deleted when its trigger completes, and a worker starting at that moment
                // would then store a trigger for a job that no longer exists and fail to start.
                job => job.WithIdentity(RetireProbeJobsJob.Key).StoreDurably());
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

    /// <summary>
    /// One job per shard, each on the shard's grid (staggered through the period) from the next grid time on.
    /// A missed firing (every worker down) is skipped, not run late in bulk; its slots show as days below 20 visits.
    /// </summary>
    private static void ScheduleProbeShards(this IQuartzBuilder quartz, MonitoringOptions options)
    {
        for (var index = 0; index < options.ProbeShards; index++)
        {
            // Quartz runs these configuration lambdas later: each must capture its own shard number, not the loop's.
            var shard = index;
            var key = ProbeShardJob.KeyFor(shard, options.ProbeShards, options.ProbeShardPeriodSeconds);
            // The first fire time is taken when Quartz stores the trigger (at scheduler start, which may be tens of
            // seconds after this registration on a loaded machine), not now: a worker joining a cluster replaces the
            // shard triggers, and a start time already fired by another worker would run that period a second time.
            quartz.ScheduleJob<ProbeShardJob>(
                trigger => trigger.WithIdentity(key.Name, key.Group)
                    .StartAt(new DateTimeOffset(ProbeShardSchedule.NextFireUtc(shard, options.ProbeShards, options.ProbeShardPeriodSeconds, DateTime.UtcNow)))
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.ProbeShardPeriodSeconds)).RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(key).RequestRecovery()
                    .UsingJobData(ProbeShardJob.ShardKey, shard.ToString(CultureInfo.InvariantCulture))
                    .UsingJobData(ProbeShardJob.ShardsKey, options.ProbeShards.ToString(CultureInfo.InvariantCulture))
                    .UsingJobData(ProbeShardJob.PeriodKey, options.ProbeShardPeriodSeconds.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
