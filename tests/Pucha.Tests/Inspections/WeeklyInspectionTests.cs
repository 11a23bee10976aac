using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pucha.Core.Organizations;
using Pucha.Data;
using Pucha.Data.Inspections;
using Pucha.Data.Infrastructure;
using Pucha.Features.Inspections;
using Pucha.Features.Monitoring;
using Pucha.Tests.Census;
using Pucha.Testing;
using Quartz;

namespace Pucha.Tests.Inspections;

/// <summary>
/// 每周全面检查 on the monitoring scheduler as `pucha serve`/`pucha worker` register it: in memory on
/// SQLite, Quartz's clustered store on PostgreSQL. Every site is inspected once, then again only
/// when its last run is older than the interval.
/// </summary>
public sealed class WeeklyInspectionTests
{
    [Theory, SqliteData, PostgresData]
    public async Task The_weekly_job_inspects_every_site_and_again_after_seven_days(DatabaseProvider provider)
    {
        await using var portal = await TestPortal.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var siteIds = await SeedSitesAsync(database, portal.HomepageUrl);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Inspection:AllowNetworks:0"] = "127.0.0.0/8",
            ["Inspection:MaxPages"] = "20",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddPuchaData(database.ConnectionString);
        services.AddPuchaMonitoring(configuration, database.ConnectionString);
        await using var provided = services.BuildServiceProvider();

        var scheduler = await provided.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetJobDetail(WeeklyInspectionJob.Key));
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(WeeklyInspectionJob.Key)));
        Assert.Equal(TimeSpan.FromMinutes(60), trigger.RepeatInterval);
        await scheduler.Start();
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            List<InspectionRun> runs;
            do
            {
                await Task.Delay(250);
                await using var context = database.CreateContext();
                runs = await context.Set<InspectionRun>().AsNoTracking().Where(r => r.Status == InspectionRunStatus.Completed).ToListAsync();
            } while (runs.Count < siteIds.Length && DateTime.UtcNow < deadline);

            Assert.Equal(siteIds.Order(), runs.Select(r => r.SiteId).Order());
            Assert.All(runs, r =>
            {
                Assert.Equal(InspectionTrigger.Weekly, r.Trigger);
                Assert.Equal("系统", r.RequestedBy);
                Assert.True(r.HomepageReached);
                Assert.Contains(TestPortal.MissingPage, r.FindingsJson);
            });
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }

        await using var scope = provided.CreateAsyncScope();
        var inspections = scope.ServiceProvider.GetRequiredService<SiteInspectionService>();
        clock.SetUtcNow(clock.GetUtcNow().AddDays(6.9));
        Assert.Equal(0, await inspections.EnqueueDueAsync());
        clock.SetUtcNow(clock.GetUtcNow().AddDays(0.2));
        Assert.Equal(siteIds.Length, await inspections.EnqueueDueAsync());
        // Already queued: the next firing does not queue them twice.
        Assert.Equal(0, await inspections.EnqueueDueAsync());
    }

    private static async Task<int[]> SeedSitesAsync(TestDatabase database, string homepage)
    {
        await using var context = database.CreateContext();
        var organization = new Organization { Name = "测试县人民政府办公室", Kind = OrganizationKind.ReportingUnit, Path = "/1/" };
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();
        var sites = Enumerable.Range(1, 2).Select(n =>
        {
            var website = SampleData.ValidWebsite(n, organization.Id);
            website.HomepageUrl = $"{homepage}?site={n}";
            website.NormalizedHomepageUrl = website.HomepageUrl;
            return website;
        }).ToList();
        context.Websites.AddRange(sites);
        await context.SaveChangesAsync();
        return sites.Select(s => s.Id).ToArray();
    }
}
