using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Columns;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.SiteChecks;

/// <summary>
/// Column lists and message boards are read across their pages as one list: an item or a message that two
/// list pages show is counted and judged once; the newest date is taken over every page; a column is empty
/// only when every page is. As of 2024-06-15.
/// </summary>
public sealed class PaginationMergeTests
{
    private const string Footer = "<div class=\"footer\">主办单位：某某县人民政府办公室 联系电话：0731-84561234 网站标识码：4301000001 湘ICP备12345678号</div>";

    private const string Nav = """
        <div class="nav"><a href="/gzdt/">工作动态</a> <a href="/tzgg/">通知公告</a> <a href="/rsxx/">人事信息</a> <a href="/ghjh/">规划计划</a> <a href="/hdjl/">县长信箱</a></div>
        """;

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{Nav}<div class=\"main\">{body}</div>{Footer}</body></html>";

    private static string List(params (string Href, string Title, string Date)[] items) =>
        "<ul class=\"list\">" + string.Concat(items.Select(i => $"<li><a href=\"{i.Href}\">{i.Title}</a><span>{i.Date}</span></li>")) + "</ul>";

    private static (string, string, string) News(int day) => ($"/gzdt/a{day}.html", $"县政府召开五月第{day}次工作例会", $"2024-05-{day:00}");

    private static string Board(params string[] rows) =>
        "<table><tr><th>标题</th><th>留言时间</th><th>回复时间</th><th>状态</th></tr>" + string.Concat(rows) + "</table>";

    // Answered after 11 working days (limit 5): listed on both board pages, and shown on its own page.
    private const string LateRow = "<tr><td><a href=\"/hdjl/m4.html\">关于路灯维修的咨询</a></td><td>2024-05-06</td><td>2024-05-20</td><td>已回复</td></tr>";

    // Unanswered since 2024-01-10, no page of its own: the last row of page 1 and the first of page 2.
    private const string UnansweredRow = "<tr><td>关于学校秋季招生的咨询</td><td>2024-01-10</td><td></td><td>未回复</td></tr>";

    private static async Task<TestWebServer> StartSiteAsync()
    {
        var server = await TestWebServer.StartAsync();
        server.Html("/", Page("某某县人民政府", List(News(20), News(19)) + "<p><a href=\"/gzdt/index.html\">更多</a></p>"))
            // 工作动态 over 3 pages (下一页); page 2 repeats page 1's last two items after a new post. Stale: newest 05-20.
            .Html("/gzdt/", Page("工作动态", List(News(20), News(19), News(18), News(17), News(16)) + "<div class=\"page\"><a href=\"index_1.html\">下一页</a></div>"))
            .Html("/gzdt/index_1.html", Page("工作动态", List(News(17), News(16), News(15), News(14), News(13)) + "<div class=\"page\"><a href=\"index.html\">上一页</a><a href=\"index_2.html\">下一页</a></div>"))
            .Html("/gzdt/index_2.html", Page("工作动态", List(News(12), News(11)) + "<div class=\"page\"><a href=\"index_1.html\">上一页</a></div>"))
            // 通知公告 oldest first over 3 pages of a script pager: the newest (2023-11-20, past 6 months) is on page 3.
            .Html("/tzgg/", Page("通知公告", List(("/tzgg/t1.html", "关于开展春季植树活动的通知", "2023-06-01"), ("/tzgg/t2.html", "关于做好防汛准备工作的通知", "2023-07-01"))
                + "<script>createPageHTML(3, 0, \"index\", \"html\");</script>"))
            .Html("/tzgg/index_1.html", Page("通知公告", List(("/tzgg/t3.html", "关于开展秋季防火检查的通知", "2023-08-01"), ("/tzgg/t4.html", "关于国庆节放假安排的通知", "2023-09-01"))))
            .Html("/tzgg/index_2.html", Page("通知公告", List(("/tzgg/t5.html", "关于开展安全生产月活动的通知", "2023-10-01"), ("/tzgg/t6.html", "关于做好冬季供暖工作的通知", "2023-11-20"))))
            // 人事信息: page 1 shows 暂无信息 but page 2 lists a current item: not empty.
            .Html("/rsxx/", Page("人事信息", "<p>暂无信息</p><div class=\"page\"><a href=\"index_1.html\">下一页</a></div>"))
            .Html("/rsxx/index_1.html", Page("人事信息", List(("/rsxx/r1.html", "某某县2024年公开招聘教师公告", "2024-03-01"))))
            // 规划计划: both pages empty.
            .Html("/ghjh/", Page("规划计划", "<p>暂无信息</p><div class=\"page\"><a href=\"index_1.html\">下一页</a></div>"))
            .Html("/ghjh/index_1.html", Page("规划计划", "<p>暂无信息</p>"))
            // 县长信箱 over 2 pages; a new post moved two messages from page 1 to page 2, which the crawl read before and after.
            .Html("/hdjl/", Page("县长信箱", Board(
                "<tr><td><a href=\"/hdjl/m5.html\">关于菜市场改造的建议</a></td><td>2024-06-03</td><td>2024-06-05</td><td>已回复</td></tr>",
                LateRow, UnansweredRow) + "<div class=\"page\"><a href=\"index_1.html\">下一页</a></div>"))
            .Html("/hdjl/index_1.html", Page("县长信箱", Board(UnansweredRow, LateRow,
                "<tr><td>关于公园开放时间的咨询</td><td>2023-12-01</td><td>2023-12-04</td><td>已回复</td></tr>") + "<div class=\"page\"><a href=\"/hdjl/\">上一页</a></div>"))
            .Html("/hdjl/m4.html", Page("关于路灯维修的咨询", "<h1>关于路灯维修的咨询</h1><p>留言时间：2024-05-06</p><p>回复时间：2024-05-20</p><p>回复内容：已安排维修。</p>"))
            .Html("/hdjl/m5.html", Page("关于菜市场改造的建议", "<h1>关于菜市场改造的建议</h1><p>留言时间：2024-06-03</p><p>回复时间：2024-06-05</p><p>回复内容：已纳入计划。</p>"));
        foreach (var day in Enumerable.Range(11, 10))
            server.Html($"/gzdt/a{day}.html", Page(News(day).Item2, $"<h1>{News(day).Item2}</h1><p>发布时间：{News(day).Item3}</p>"));
        return server;
    }

    [Fact]
    public async Task Each_defect_of_a_paginated_column_or_board_is_reported_once()
    {
        await using var server = await StartSiteAsync();

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.BaseUrl));

        var found = outcome.Report.Findings.Where(f => f.Check is CheckIds.ColumnUpdate or CheckIds.EmptyColumn or CheckIds.Interaction)
            .Select(f => $"{f.Check} {f.Url}").Order(StringComparer.Ordinal).ToList();
        string[] expected =
        [
            $"{CheckIds.ColumnUpdate} {server.Url("/gzdt/")}",
            $"{CheckIds.ColumnUpdate} {server.Url("/tzgg/")}",
            $"{CheckIds.EmptyColumn} {server.Url("/ghjh/")}",
            $"{CheckIds.Interaction} {server.Url("/hdjl/")}",
            $"{CheckIds.Interaction} {server.Url("/hdjl/m4.html")}",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public async Task Counts_and_the_newest_date_are_taken_over_all_list_pages()
    {
        await using var server = await StartSiteAsync();

        var findings = (await Inspector.RunAsync(TestInspection.Options(server.BaseUrl))).Report.Findings;

        var news = findings.Single(f => f.Check == CheckIds.ColumnUpdate && (string?)f.Evidence["column"] == "工作动态");
        Assert.Equal(new DateOnly(2024, 5, 20), news.Evidence["newest"]);
        Assert.Equal(10, news.Evidence["items"]); // 5 + 5 + 2 shown, 2 of them twice
        Assert.Equal(new[] { "/gzdt/", "/gzdt/index_1.html", "/gzdt/index_2.html" }.Select(p => server.Url(p).AbsoluteUri), (string[])news.Evidence["listPages"]!);

        var notices = findings.Single(f => f.Check == CheckIds.ColumnUpdate && (string?)f.Evidence["column"] == "通知公告");
        Assert.Equal(new DateOnly(2023, 11, 20), notices.Evidence["newest"]);
        Assert.Equal(6, notices.Evidence["items"]);

        var empty = findings.Single(f => f.Check == CheckIds.EmptyColumn);
        Assert.Equal("规划计划", empty.Evidence["column"]);
        Assert.Equal(2, ((string[])empty.Evidence["listPages"]!).Length);

        var boardPages = new[] { server.Url("/hdjl/").AbsoluteUri, server.Url("/hdjl/index_1.html").AbsoluteUri };
        var unanswered = findings.Single(f => f.Check == CheckIds.Interaction && f.Evidence.ContainsKey("unanswered"));
        Assert.Equal(Severity.Veto, unanswered.Severity);
        Assert.Equal(new DateOnly(2024, 1, 10), unanswered.Evidence["posted"]);
        Assert.Equal(boardPages, (string[])unanswered.Evidence["listPages"]!);
        var late = findings.Single(f => f.Check == CheckIds.Interaction && f.Evidence.ContainsKey("delayDays"));
        Assert.Equal(11, late.Evidence["delayDays"]); // Saturday 2024-05-11 was a working day (劳动节调休)
        // Listed on both board pages; its own page shows it but is not a list it is on.
        Assert.Equal(boardPages, (string[])late.Evidence["listPages"]!);
    }

    [Fact]
    public async Task Page_number_links_lead_to_the_other_pages_of_the_list()
    {
        await using var server = await TestWebServer.StartAsync();
        const string Pager = """<div class="pages"><span>1</span> <a href="/tzgg/list_2.html">[2]</a> <a href="/tzgg/list_3.html">【3】</a> <a href="/zt/4.html">4</a></div>""";
        server.Html("/tzgg/", Page("通知公告", List(("/tzgg/t1.html", "关于开展春季植树活动的通知", "2023-06-01")) + Pager))
            .Html("/tzgg/list_2.html", Page("通知公告", List(("/tzgg/t2.html", "关于做好防汛准备工作的通知", "2023-07-01")) + Pager))
            .Html("/tzgg/list_3.html", Page("通知公告", List(("/tzgg/t3.html", "关于国庆节放假安排的通知", "2023-09-01")) + Pager));
        using var fetcher = TestInspection.Fetcher();

        var read = await ColumnPagesReader.ReadAsync(fetcher, PageParser.Create(), server.Url("/tzgg/"), TestInspection.AsOf, 5, default);

        Assert.True(read.Opened);
        Assert.Equal(["/tzgg/", "/tzgg/list_2.html", "/tzgg/list_3.html"], read.List.Pages.Select(p => p.AbsolutePath));
        Assert.Equal(3, read.List.Items.Count);
        Assert.Equal(new DateOnly(2023, 9, 1), read.List.Newest(TestInspection.AsOf));
        Assert.Equal(0, server.CountRequests("GET /zt/4.html")); // "4" leads out of the list's directory
    }

    [Fact]
    public void A_list_over_pages_counts_each_item_once_and_is_empty_only_when_every_page_is()
    {
        var page1 = new Uri("http://www.example.gov.cn/gzdt/index.html");
        var page2 = new Uri("http://www.example.gov.cn/gzdt/index_1.html");
        var list = new PaginatedList();
        list.Add(page1, new ListPage([], page2, null, []), "栏目仅显示「暂无信息」");
        Assert.Equal("栏目仅显示「暂无信息」", list.EmptyReason);

        list.Add(page2, new ListPage(
        [
            new ListItem("县政府召开常务会议", new Uri("http://www.example.gov.cn/gzdt/a1.html"), new DateOnly(2024, 6, 1)),
            // The same item under another spelling of its address.
            new ListItem("县政府召开常务会议", new Uri("http://WWW.example.gov.cn:80/gzdt/./a1.html#top"), new DateOnly(2024, 6, 1)),
            // Items without a page of their own (they link to the list): known by title and date.
            new ListItem("全县防汛工作部署会", page2, new DateOnly(2024, 6, 3)),
            new ListItem("全县防汛工作部署会", page2, new DateOnly(2024, 6, 3)),
            new ListItem("全县防汛工作部署会", page2, new DateOnly(2024, 6, 4)),
            new ListItem("暂无信息，敬请期待", new Uri("http://www.example.gov.cn/gzdt/none.html"), null),
            new ListItem("明日将举行的工作会议", new Uri("http://www.example.gov.cn/gzdt/a9.html"), new DateOnly(2024, 6, 20)),
        ], null, null, []), null);

        Assert.Null(list.EmptyReason);
        Assert.Equal(4, list.Items.Count);
        Assert.Equal(2, list.Repeated);
        Assert.Equal(new DateOnly(2024, 6, 4), list.Newest(new DateOnly(2024, 6, 15)));
        Assert.Equal([page1, page2], list.Pages);
    }
}
