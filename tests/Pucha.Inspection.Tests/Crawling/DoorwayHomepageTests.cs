using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Crawling;

/// <summary>
/// A homepage that only sends the visitor on (meta refresh, a script assigning location, a frameset) is
/// inspected as the page the visitor lands on, each hop recorded as evidence like HTTP redirects.
/// </summary>
public sealed class DoorwayHomepageTests
{
    private const string Footer = "<div class=\"footer\">主办单位：某某县人民政府办公室 联系电话：0731-84561234 网站标识码：4301000001 湘ICP备12345678号</div>";

    private static string RealHomepage(string extra = "") => $"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县人民政府</title></head><body>
        <div class="nav"><a href="/zwgk/">政务公开</a><a href="/tzgg/">通知公告</a></div>
        <ul><li><a href="/zwgk/a1.html">县政府召开第十次常务会议</a><span>2024-06-10</span></li></ul>
        {extra}{Footer}</body></html>
        """;

    private static async Task<TestWebServer> SiteAsync(string doorway, string realPath = "/portal/index.html")
    {
        var server = await TestWebServer.StartAsync();
        server.Html("/", doorway)
            .Html(realPath, RealHomepage())
            .Html("/zwgk/", "<html><body><p>政务公开</p></body></html>")
            .Html("/tzgg/", "<html><body><p>通知公告</p></body></html>")
            .Html("/zwgk/a1.html", "<html><body><p>发布时间：2024-06-10</p></body></html>");
        return server;
    }

    private static void AssertInspectedAsTheRealHomepage(InspectionOutcome outcome, TestWebServer server, string via, string realPath = "/portal/index.html")
    {
        var report = outcome.Report;
        Assert.True(outcome.HomepageReached);
        Assert.Equal(server.Url("/").AbsoluteUri, report.Site.Url);
        Assert.Equal(server.Url(realPath).AbsoluteUri, report.Site.FinalUrl);
        // The homepage checks ran on the page reached: its footer's 网站标识码, its dated list.
        Assert.Equal("4301000001", report.Site.SiteCode);
        var hop = Assert.Single(report.Homepage.Redirects);
        Assert.Equal($"{via} {server.Url("/").AbsoluteUri} → {server.Url(realPath).AbsoluteUri}", hop);
        Assert.Equal(1, server.CountRequests("GET " + realPath));
        Assert.Equal(1, server.CountRequests("GET /zwgk/a1.html"));
    }

    [Theory]
    [InlineData("""<meta http-equiv="refresh" content="0;url=/portal/index.html">""")]
    [InlineData("""<META HTTP-EQUIV="Refresh" CONTENT="3; URL='portal/index.html'">""")]
    [InlineData("""<meta http-equiv="refresh" content="1 , url = &quot;/portal/index.html&quot;">""")]
    [InlineData("""<meta http-equiv="refresh" content="0;URL=PLACEHOLDER/portal/index.html">""")]
    public async Task A_meta_refresh_homepage_is_inspected_as_the_page_it_refreshes_to(string meta)
    {
        await using var server = await SiteAsync("");
        server.Html("/", $"<html><head>{meta.Replace("PLACEHOLDER", server.BaseUrl.GetLeftPart(UriPartial.Authority))}</head><body>正在跳转…</body></html>");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        AssertInspectedAsTheRealHomepage(outcome, server, "页面自动跳转（meta refresh）");
    }

    [Theory]
    [InlineData("window.location.href = \"/portal/index.html\";")]
    [InlineData("location='/portal/index.html'")]
    [InlineData("top.location.replace('/portal/index.html');")]
    [InlineData("window.location = \"portal/index.html\"")]
    public async Task A_script_redirect_homepage_is_inspected_as_the_page_it_sends_to(string script)
    {
        await using var server = await SiteAsync($"<html><head><script type=\"text/javascript\">{script}</script></head><body></body></html>");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        AssertInspectedAsTheRealHomepage(outcome, server, "脚本跳转");
    }

    [Fact]
    public async Task A_frameset_homepage_is_inspected_as_its_main_frame_and_the_other_frames_links_are_the_homepages()
    {
        await using var server = await SiteAsync("""
            <html><head><title>某某县人民政府</title></head>
            <frameset rows="120,*"><frame name="top" src="/top.html"><frameset cols="200,*"><frame name="left" src="/left.html"><frame name="mainFrame" src="/portal/index.html"></frameset></frameset>
            </html>
            """);
        server.Html("/top.html", "<html><body><img src=\"/img/banner.png\"></body></html>")
            .Html("/left.html", "<html><body><a href=\"/ldzc/\">领导之窗</a><a href=\"/gone.html\">旧栏目</a></body></html>")
            .Html("/ldzc/", "<html><body>领导之窗</body></html>");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        AssertInspectedAsTheRealHomepage(outcome, server, "框架主页面");
        // The navigation frame's links are crawled, and weigh as the homepage's.
        Assert.Equal(1, server.CountRequests("GET /ldzc/"));
        var gone = Assert.Single(outcome.Report.Findings, f => f.Check == CheckIds.BrokenLink && f.Url == server.Url("/gone.html").AbsoluteUri);
        Assert.Equal(true, gone.Evidence["onHomepage"]);
    }

    [Fact]
    public async Task A_content_page_with_a_conditional_script_redirect_is_the_homepage_itself()
    {
        var links = string.Concat(Enumerable.Range(1, 8).Select(i => $"<a href=\"/zwgk/{i}.html\">信息{i}</a>"));
        await using var server = await SiteAsync(RealHomepage(links + "<script>if (/Mobile/.test(navigator.userAgent)) { window.location.href = '/m/index.html'; }</script>"));

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        Assert.Equal(server.Url("/").AbsoluteUri, outcome.Report.Site.FinalUrl);
        Assert.Empty(outcome.Report.Homepage.Redirects);
        Assert.Equal(1, server.CountRequests("GET /"));
    }

    [Fact]
    public async Task A_slow_refresh_and_an_off_site_refresh_are_not_followed()
    {
        await using var server = await SiteAsync(RealHomepage("""<meta http-equiv="refresh" content="300">"""));
        var slow = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));
        Assert.Equal(server.Url("/").AbsoluteUri, slow.Report.Site.FinalUrl);

        server.Html("/", """<html><head><meta http-equiv="refresh" content="0;url=http://www.example.org/"></head><body></body></html>""");
        var offSite = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));
        Assert.Equal(server.Url("/").AbsoluteUri, offSite.Report.Site.FinalUrl);
        Assert.Contains(offSite.Report.Notes, n => n.Contains("指向站外地址，未跟随", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refresh_loop_stops_and_is_said()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", """<html><head><meta http-equiv="refresh" content="0;url=/b.html"></head><body></body></html>""")
            .Html("/b.html", """<html><head><meta http-equiv="refresh" content="0;url=/"></head><body></body></html>""");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        Assert.Contains(outcome.Report.Notes, n => n.Contains("形成循环", StringComparison.Ordinal));
        Assert.Equal(1, server.CountRequests("GET /b.html"));
    }

    [Fact]
    public async Task A_column_page_that_refreshes_to_its_list_is_read_there()
    {
        await using var server = await SiteAsync(RealHomepage());
        server.Html("/tzgg/", """<html><head><meta http-equiv="refresh" content="0;url=/tzgg/list.html"></head><body></body></html>""")
            .Html("/tzgg/list.html", "<html><body><ul><li><a href=\"/tzgg/1.html\">关于开展安全检查的通知</a><span>2023-01-05</span></li><li><a href=\"/tzgg/2.html\">关于假期安排的通知</a><span>2023-01-02</span></li></ul></body></html>");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        var column = Assert.Single(outcome.Report.Findings, f => f.Check == CheckIds.ColumnUpdate && f.Url == server.Url("/tzgg/").AbsoluteUri);
        Assert.Contains("2023-01-05", column.Message);
        Assert.Equal([server.Url("/tzgg/list.html").AbsoluteUri], (string[])column.Evidence["listPages"]!);
    }
}
