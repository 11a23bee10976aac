using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Columns;
using Pucha.Core.Monitoring;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;
using Pucha.Data.Monitoring;
using Pucha.Features.Monitoring;
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
        var clock = TestClocks.At(Start);
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

        var report = HomepageUpdateReport.Compute(await new MonitoringStore(context).SightingsAsync(siteId, clock.GetUtcNow().UtcDateTime), clock.GetUtcNow().UtcDateTime);
        Assert.Equal(3, report.Total); // 06-25, 06-29, 06-30; 05-01 is outside the 2 weeks
        Assert.Equal([(new DateOnly(2026, 6, 25), 1), (new DateOnly(2026, 6, 29), 1), (new DateOnly(2026, 6, 30), 1)], report.PerDay);
        Assert.Equal(1, report.UndatedItems);
    }

    private const string NavigationFooter = "<div class=\"footer\">主办单位：某某县人民政府办公室 联系电话：0731-84561234 网站标识码：4301000001 湘ICP备12345678号</div>";

    // 首页仅为网站栏目导航入口: a banner, links to the columns, the footer; no list, no text of its own.
    private const string NavigationHomepage = $"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县人民政府</title></head><body>
        <div class="banner"><img src="/images/banner.png" alt="某某县人民政府"></div>
        <div class="nav"><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/files/guide.pdf">办事指南下载</a><a href="/hdjl/">互动交流</a><a href="/zjmx/">走进某县</a><a href="/zcwj/">政策文件</a></div>
        {NavigationFooter}
        </body></html>
        """;

    [Theory, SqliteData, PostgresData]
    public async Task A_navigation_only_homepage_is_judged_by_its_second_level_pages(DatabaseProvider provider)
    {
        await using var portal = await LoopbackPortal.StartAsync();
        portal.Set("/", NavigationHomepage);
        portal.Set("/zwgk/", LoopbackPortal.ListPage("政务公开",
            ("/zwgk/a1.html", "县政府召开常务会议", "2026-06-29"),
            ("/zwgk/a2.html", "全县安全生产工作会议召开", "2026-06-20"),
            ("/zwgk/a3.html", "关于开展专项检查的通知", "2026-05-01")));
        // The same item on two second-level pages is one sighting (first read on 政务公开).
        portal.Set("/bsfw/", LoopbackPortal.ListPage("办事服务",
            ("/zwgk/a1.html", "县政府召开常务会议", "2026-06-29"),
            ("/bsfw/b1.html", "户籍办理指南更新说明", "2026-06-25")));
        portal.Set("/zjmx/", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>走进某县</title></head><body><p>某某县位于湘中。</p></body></html>");
        // /hdjl/ answers 404 (skipped); /zcwj/ is past the limit of 4 second-level pages; the .pdf is not a page.
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (siteId, _) = await SeedAsync(database, portal.BaseUrl + "/");
        var clock = TestClocks.At(Start);
        await using var services = WatchTestServices.Build(database.ConnectionString, clock,
            new Dictionary<string, string?> { ["Monitoring:MaxSecondLevelPages"] = "4" });
        var sweeper = services.GetRequiredService<WatchSweeper>();

        Assert.Equal(1, await sweeper.SnapshotDueAsync(default));
        Assert.Equal([1, 1, 1, 1], new[] { "/zwgk/", "/bsfw/", "/hdjl/", "/zjmx/" }.Select(portal.Hits));
        Assert.Equal(0, portal.Hits("/zcwj/"));
        Assert.Equal(0, portal.Hits("/files/guide.pdf"));

        portal.Set("/zwgk/", LoopbackPortal.ListPage("政务公开",
            ("/zwgk/a4.html", "县政府与高校签署合作协议", "2026-06-30"),
            ("/zwgk/a1.html", "县政府召开常务会议", "2026-06-29"),
            ("/zwgk/a2.html", "全县安全生产工作会议召开", "2026-06-20")));
        clock.Advance(TimeSpan.FromHours(6));
        Assert.Equal(1, await sweeper.SnapshotDueAsync(default));

        await using var context = database.CreateContext();
        var snapshots = await context.Set<HomepageSnapshot>().AsNoTracking().OrderBy(s => s.ScheduledUtc).ToListAsync();
        Assert.All(snapshots, s => Assert.True(s.Ok && s.NavigationOnly));
        Assert.Equal([3, 3], snapshots.Select(s => s.SecondLevelPages));
        Assert.Equal([4, 4], snapshots.Select(s => s.Items));
        Assert.Equal([4, 1], snapshots.Select(s => s.NewItems));

        var sightings = await context.Set<HomepageSighting>().AsNoTracking().ToDictionaryAsync(s => s.Url[portal.BaseUrl.Length..], s => s.SourceUrl);
        Assert.Equal(portal.BaseUrl + "/zwgk/", sightings["/zwgk/a1.html"]);
        Assert.Equal(portal.BaseUrl + "/bsfw/", sightings["/bsfw/b1.html"]);
        Assert.Equal(5, sightings.Count);

        // A minute after the second snapshot (items count from the instant after they were first seen).
        var asOf = clock.GetUtcNow().UtcDateTime.AddMinutes(1);
        var report = HomepageUpdateReport.Compute(await new MonitoringStore(context).SightingsAsync(siteId, asOf), asOf);
        // 06-20, 06-25, 06-29, 06-30 over the second-level pages; 05-01 is outside the 2 weeks.
        Assert.Equal(4, report.Total);
        Assert.Equal(4, report.SecondLevelItems);
        Assert.Equal([(new DateOnly(2026, 6, 20), 1), (new DateOnly(2026, 6, 25), 1), (new DateOnly(2026, 6, 29), 1), (new DateOnly(2026, 6, 30), 1)], report.PerDay);
        Assert.False(report.IsVeto);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_column_check_reads_the_list_pages_as_one_list(DatabaseProvider provider)
    {
        await using var portal = await LoopbackPortal.StartAsync();
        static string WithNext(string html, string next) =>
            html.Replace("</body>", $"<div class=\"page\"><a href=\"{next}\">下一页</a></div></body>", StringComparison.Ordinal);
        // Printed oldest first, over 3 pages; page 2 repeats page 1's last item (a new post moved it).
        portal.Set("/gzdt/", WithNext(LoopbackPortal.ListPage("工作动态",
            ("/gzdt/1.html", "县政府召开第十次常务会议", "2026-06-01"),
            ("/gzdt/2.html", "全县防汛工作会议召开", "2026-06-12")), "index_1.html"));
        portal.Set("/gzdt/index_1.html", WithNext(LoopbackPortal.ListPage("工作动态",
            ("/gzdt/2.html", "全县防汛工作会议召开", "2026-06-12"),
            ("/gzdt/3.html", "县领导调研重点项目建设", "2026-06-20")), "index_2.html"));
        portal.Set("/gzdt/index_2.html", LoopbackPortal.ListPage("工作动态",
            ("/gzdt/4.html", "县政府与高校签署合作协议", "2026-06-28")));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (siteId, columnIds) = await SeedAsync(database, portal.BaseUrl + "/", (ColumnKind.WorkNews, "工作动态", portal.BaseUrl + "/gzdt/"));
        var clock = TestClocks.At(Start);
        await using var services = WatchTestServices.Build(database.ConnectionString, clock);

        Assert.Equal(1, await services.GetRequiredService<WatchSweeper>().CheckColumnsDueAsync(default));

        await using var context = database.CreateContext();
        var news = (await new MonitoringQueries(context).ColumnsAsync(siteId, clock.GetUtcNow().UtcDateTime)).Columns.Single(c => c.ColumnId == columnIds[0]);
        Assert.True(news.LastCheckOk);
        Assert.Equal(4, news.ItemCount);
        Assert.Equal(new DateOnly(2026, 6, 28), news.NewestPublishedOn);
        Assert.Equal(1, portal.Hits("/gzdt/index_2.html"));
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
        var clock = TestClocks.At(Start);
        await using var services = WatchTestServices.Build(database.ConnectionString, clock);
        var sweeper = services.GetRequiredService<WatchSweeper>();

        Assert.Equal(3, await sweeper.CheckColumnsDueAsync(default));
        Assert.Equal(0, await sweeper.CheckColumnsDueAsync(default));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, await sweeper.CheckColumnsDueAsync(default));

        await using var context = database.CreateContext();
        Assert.Equal(6, await context.Set<ColumnListReading>().CountAsync());
        var state = await new MonitoringQueries(context).ColumnsAsync(siteId, clock.GetUtcNow().UtcDateTime);
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
