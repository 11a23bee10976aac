using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.SiteChecks;

/// <summary>首页仅为网站栏目导航入口: the second-level pages are judged for updates, and their links weigh as the homepage's.</summary>
public sealed class NavigationHomepageTests
{
    private const string Footer = "<div class=\"footer\">主办单位：某某县人民政府办公室 联系电话：0731-84561234 网站标识码：4301000001 湘ICP备12345678号 湘公网安备43010002000123号</div>";

    private const string NavigationHome = $"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县人民政府</title></head><body>
        <div class="banner"><img src="/images/banner.png" alt="某某县人民政府"></div>
        <div class="nav"><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><a href="/zjmx/">走进某县</a></div>
        {Footer}
        </body></html>
        """;

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>{body}{Footer}</body></html>";

    [Fact]
    public async Task A_navigation_homepage_is_judged_by_its_second_level_pages()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", NavigationHome)
            .Bytes("/images/banner.png", [0x89, 0x50, 0x4E, 0x47], "image/png")
            // Planted: one new item in the two weeks before as-of (2024-06-15) over all second-level pages → fewer than 10 (warning, not veto).
            .Html("/zwgk/", Page("政务公开", """<ul><li><a href="/zwgk/a1.html">县政府召开第十次常务会议</a><span>2024-06-10</span></li><li><a href="/zwgk/a2.html">县政府召开第九次常务会议</a><span>2024-03-02</span></li></ul>"""))
            .Html("/zwgk/a1.html", Page("县政府召开第十次常务会议", "<p>发布时间：2024-06-10</p><a href=\"/files/old-notice.pdf\">附件</a>"))
            .Html("/zwgk/a2.html", Page("县政府召开第九次常务会议", "<p>发布时间：2024-03-02</p>"))
            // Planted: a broken link on a second-level page (weighs as a homepage link).
            .Html("/bsfw/", Page("办事服务", """<ul><li><a href="/bsfw/g1.html">户籍办理指南</a><span>2023-12-01</span></li><li><a href="/bsfw/gone.html">婚姻登记指南</a><span>2023-11-20</span></li></ul>"""))
            .Html("/bsfw/g1.html", Page("户籍办理指南", "<p>发布时间：2023-12-01</p>"))
            .Html("/hdjl/", Page("互动交流", "<p>县长信箱</p>"))
            .Html("/zjmx/", Page("走进某县", "<p>某某县位于湘中。</p>"));

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.BaseUrl));

        var update = Assert.Single(outcome.Report.Findings, f => f.Check == CheckIds.HomepageUpdate);
        Assert.Equal(Severity.Warning, update.Severity);
        Assert.Contains("首页仅为栏目导航入口", update.Message);
        Assert.Equal(true, update.Evidence["navigationHomepage"]);
        Assert.Equal(4, update.Evidence["secondLevelPages"]);
        Assert.Equal(1, update.Evidence["newItems"]);
        Assert.Equal(4, update.Evidence["datedItems"]);

        var broken = outcome.Report.Findings.Where(f => f.Check == CheckIds.BrokenLink).ToDictionary(f => (string)f.Evidence["target"]!);
        Assert.Equal(2, broken.Count);
        var onSecondLevel = broken[server.Url("/bsfw/gone.html").AbsoluteUri];
        Assert.Equal(true, onSecondLevel.Evidence["onHomepage"]);
        Assert.Equal(Severity.Error, onSecondLevel.Severity);
        var onThirdLevel = broken[server.Url("/files/old-notice.pdf").AbsoluteUri];
        Assert.Equal(false, onThirdLevel.Evidence["onHomepage"]);
        Assert.Contains(outcome.Report.Notes, n => n.Contains("导航入口", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stale_second_level_pages_of_a_navigation_homepage_are_a_veto()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", NavigationHome)
            .Bytes("/images/banner.png", [0x89, 0x50, 0x4E, 0x47], "image/png")
            .Html("/zwgk/", Page("政务公开", """<ul><li><a href="/zwgk/a2.html">县政府召开第九次常务会议</a><span>2024-03-02</span></li></ul>"""))
            .Html("/zwgk/a2.html", Page("县政府召开第九次常务会议", "<p>发布时间：2024-03-02</p>"))
            .Html("/bsfw/", Page("办事服务", "<p>办事指南</p>"))
            .Html("/hdjl/", Page("互动交流", "<p>县长信箱</p>"))
            .Html("/zjmx/", Page("走进某县", "<p>某某县位于湘中。</p>"));

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.BaseUrl));

        var update = Assert.Single(outcome.Report.Findings, f => f.Check == CheckIds.HomepageUpdate);
        Assert.Equal(Severity.Veto, update.Severity);
        Assert.Contains("二级页面近2周", update.Message);
        Assert.Equal(0, update.Evidence["newItems"]);
    }

    [Fact]
    public void Only_a_homepage_without_dates_and_without_text_of_its_own_is_a_navigation_portal()
    {
        var url = new Uri("http://www.mouxian.gov.cn/");
        var site = SiteProfile.For(url);
        var parser = PageParser.Create();
        var asOf = TestInspection.AsOf;

        using var navigation = parser.ParseDocument(NavigationHome);
        Assert.True(NavigationHomepage.IsNavigationOnly(navigation, url, site, asOf));

        var prose = string.Concat(Enumerable.Repeat("县委县政府坚持以人民为中心的发展思想，统筹推进经济社会发展各项工作。", 10));
        using var undatedContent = parser.ParseDocument(NavigationHome.Replace("</body>", $"<div class=\"intro\"><p>{prose}</p></div></body>", StringComparison.Ordinal));
        Assert.False(NavigationHomepage.IsNavigationOnly(undatedContent, url, site, asOf));

        using var dated = parser.ParseDocument(NavigationHome.Replace("</body>", "<ul><li><a href=\"/a.html\">县政府召开常务会议</a><span>2024-06-10</span></li></ul></body>", StringComparison.Ordinal));
        Assert.False(NavigationHomepage.IsNavigationOnly(dated, url, site, asOf));

        using var twoLinks = parser.ParseDocument("<html><body><a href=\"/zwgk/\">政务公开</a><a href=\"/bsfw/\">办事服务</a></body></html>");
        Assert.False(NavigationHomepage.IsNavigationOnly(twoLinks, url, site, asOf));
    }
}
