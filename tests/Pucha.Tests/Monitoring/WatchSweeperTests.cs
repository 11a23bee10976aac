using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Columns;
using Pucha.Core.Monitoring;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;
using Pucha.Data.Monitoring;
using Pucha.Monitoring;
using Pucha.Testing;

namespace Pucha.Tests.Monitoring;

/// <summary>The snapshot and column-check sweeps against sites on loopback, on a controlled clock.</summary>
public sealed class WatchSweeperTests
{
    // 2026-06-30 10:00 Beijing.
    private static readonly DateTime Start = new(2026, 6, 30, 2, 0, 0, DateTimeKind.Utc);

    private static async Task<(int SiteId, int[] ColumnIds)> SeedAsync(TestDatabase database, string homepage, params (ColumnKind Kind, string Name, string Url)[] columns)
    {
        await using var context = database.CreateContext();
        var organization = new Organization { Name = "某某县人民政府办公室", Kind = OrganizationKind.CountyGovernmentOffice, Path = "/1/" };
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();
        var site = SampleData.ValidWebsite(1, organization.Id);
        site.HomepageUrl = homepage;
        site.Columns.Clear();
        foreach (var (kind, name, url) in columns)
            site.Columns.Add(new WebsiteColumn { Kind = kind, Name = name, Url = url });
        context.Websites.Add(site);
        await context.SaveChangesAsync();
        return (site.Id, site.Columns.OrderBy(c => c.Kind).Select(c => c.Id).ToArray());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Snapshots_record_each_slot_once_and_feed_the_homepage_update_report(DatabaseProvider provider)
    {
        await using var portal = await LoopbackPortal.StartAsync();
        portal.Set("/", LoopbackPortal.ListPage("某某县人民政府",
            ("/xw/1.html", "县政府召开常务会议", "2026-06-29"),
            ("/xw/2.html", "全县安全生产工作会议召开", "2026-06-25"),
            ("/xw/3.html", "关于开展专项检查的通知", "2026-05-01"),
            ("/xw/4.html", "县长信箱使用说明", null)));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (siteId, _) = await SeedAsync(database, portal.BaseUrl + "/");
        var clock = new FixedClock(Start);
        await using var services = WatchTestServices.Build(database.ConnectionString, clock);
        var sweeper = services.GetRequiredService<WatchSweeper>();

        Assert.Equal(1, await sweeper.SnapshotDueAsync(default));
        Assert.Equal(0, await sweeper.SnapshotDueAsync(default)); // same slot: nothing due
        Assert.Equal(1, portal.Hits("/"));

        portal.Set("/", LoopbackPortal.ListPage("某某县人民政府",
            ("/xw/5.html", "县政府与高校签署合作协议", "2026-06-30"),
            ("/xw/1.html", "县政府召开常务会议", "2026-06-29"),
            ("/xw/2.html", "全县安全生产工作会议召开", "2026-06-25")));
        clock.Advance(TimeSpan.FromHours(6));
        Assert.Equal(1, await sweeper.SnapshotDueAsync(default));

        portal.Remove("/");
        clock.Advance(TimeSpan.FromHours(6));
        Assert.Equal(1, await sweeper.SnapshotDueAsync(default));

        await using var context = database.CreateContext();
        var snapshots = await context.Set<HomepageSnapshot>().AsNoTracking().OrderBy(s => s.ScheduledUtc).ToListAsync();
        Assert.Equal(3, snapshots.Count);
        Assert.Equal([4, 3, 0], snapshots.Select(s => s.Items));
        Assert.Equal([3, 3, 0], snapshots.Select(s => s.DatedItems));
        Assert.Equal([4, 1, 0], snapshots.Select(s => s.NewItems));
        Assert.Equal([true, true, false], snapshots.Select(s => s.Ok));
        Assert.Contains("404", snapshots[2].Error);
        Assert.All(snapshots, s => Assert.Equal(WatchSweeper.CurrentSlot(siteId, s.TakenUtc, 4), s.ScheduledUtc));

        var report = HomepageUpdateReport.Compute(await new MonitoringStore(context).SightingsAsync(siteId, clock.UtcNow), clock.UtcNow);
        Assert.Equal(3, report.Total); // 06-25, 06-29, 06-30; 05-01 is outside the 2 weeks
        Assert.Equal([(new DateOnly(2026, 6, 25), 1), (new DateOnly(2026, 6, 29), 1), (new DateOnly(2026, 6, 30), 1)], report.PerDay);
        Assert.Equal(1, report.UndatedItems);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Column_checks_store_each_columns_newest_item_once_a_day(DatabaseProvider provider)
    {
        await using var portal = await LoopbackPortal.StartAsync();
        portal.Set("/gzdt/", LoopbackPortal.ListPage("工作动态",
            ("/gzdt/3.html", "县领导调研重点项目建设", "2026-06-20"),
            ("/gzdt/2.html", "全县防汛工作会议召开", "2026-06-12"),
            ("/gzdt/1.html", "县政府召开第十次常务会议", "2026-06-01")));
        portal.Set("/tzgg/", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>通知公告</title></head><body><div class=\"list\">暂无信息</div></body></html>");
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (siteId, columnIds) = await SeedAsync(database, portal.BaseUrl + "/",
            (ColumnKind.WorkNews, "工作动态", portal.BaseUrl + "/gzdt/"),
            (ColumnKind.Notices, "通知公告", portal.BaseUrl + "/tzgg/"),
            (ColumnKind.Personnel, "人事信息", portal.BaseUrl + "/rsxx/"));
        var clock = new FixedClock(Start);
        await using var services = WatchTestServices.Build(database.ConnectionString, clock);
        var sweeper = services.GetRequiredService<WatchSweeper>();

        Assert.Equal(3, await sweeper.CheckColumnsDueAsync(default));
        Assert.Equal(0, await sweeper.CheckColumnsDueAsync(default));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, await sweeper.CheckColumnsDueAsync(default));

        await using var context = database.CreateContext();
        Assert.Equal(6, await context.Set<ColumnCheck>().CountAsync());
        var state = await new MonitoringQueries(context).ColumnsAsync(siteId, clock.UtcNow);
        var news = state.Columns.Single(c => c.ColumnId == columnIds[0]);
        Assert.True(news.LastCheckOk);
        Assert.Equal(3, news.ItemCount);
        Assert.Equal(new DateOnly(2026, 6, 20), news.NewestPublishedOn);
        Assert.Equal(new DateOnly(2026, 7, 4), news.LastFreshOn);
        var notices = state.Columns.Single(c => c.ColumnId == columnIds[1]);
        Assert.True(notices.LastCheckOk);
        Assert.Equal(0, notices.ItemCount);
        var personnel = state.Columns.Single(c => c.ColumnId == columnIds[2]);
        Assert.False(personnel.LastCheckOk);
        Assert.Contains("404", personnel.Error);
        Assert.Equal(["通知公告"], state.Report.Empty.Select(c => c.Name));
        Assert.Empty(state.Report.Stale);
    }
}
