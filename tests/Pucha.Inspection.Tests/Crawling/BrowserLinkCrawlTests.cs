using System.Net;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Fetching;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Crawling;

/// <summary>The new link kinds through the whole engine: style sheets read, malformed and off-scheme links reported, limits kept.</summary>
public sealed class BrowserLinkCrawlTests
{
    private static string Page(string body, string head = "") =>
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>页</title>{head}</head><body>{body}<ul><li><a href=\"/a.html\">县政府召开常务会议</a><span>2024-06-10</span></li></ul></body></html>";

    private static List<Finding> Broken(InspectionOutcome outcome) =>
        outcome.Report.Findings.Where(f => f.Check == CheckIds.BrokenLink).ToList();

    [Fact]
    public async Task Images_a_homepage_loads_through_its_style_sheets_are_the_homepages()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", Page("<div style=\"background:url(/img/inline-missing.png)\">x</div><img src=\"/img/a.png\" srcset=\"/img/a@2x.png 2x\">",
                "<link rel=\"stylesheet\" href=\"/css/site.css\">"))
            .Html("/a.html", Page(""))
            .Bytes("/img/a.png", [1], "image/png")
            .Bytes("/css/site.css", "@import url(print.css);\nbody{background:url(../img/bg-missing.png)}"u8.ToArray(), "text/css")
            .Bytes("/css/print.css", ".p{background:url('/img/print-missing.gif')}"u8.ToArray(), "text/css");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        var broken = Broken(outcome).ToDictionary(f => f.Url!);
        foreach (var missing in new[] { "/img/inline-missing.png", "/img/a@2x.png", "/img/bg-missing.png", "/img/print-missing.gif" })
        {
            Assert.True(broken.TryGetValue(server.Url(missing).AbsoluteUri, out var finding), missing);
            Assert.Equal(true, finding.Evidence["onHomepage"]);
            Assert.Equal(Severity.Error, finding.Severity);
        }
        Assert.Equal([server.Url("/css/site.css").AbsoluteUri], (string[])broken[server.Url("/img/bg-missing.png").AbsoluteUri].Evidence["foundOn"]!);
        Assert.Equal(1, server.CountRequests("GET /css/site.css"));
        Assert.Equal(1, server.CountRequests("GET /css/print.css"));
        Assert.Equal(1, server.CountRequests("HEAD /img/a.png"));
    }

    [Fact]
    public async Task Malformed_links_are_errors_of_the_pages_that_hold_them()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", Page("<a href=\"http://\">空地址</a><a href=\"http:/www.example.com/\">少一斜杠</a>"))
            .Html("/a.html", Page("<a href=\"http://\">空地址</a><a href=\"file:///D:/通知.doc\">本地文件</a>"));

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        var malformed = Broken(outcome).Where(f => (string?)f.Evidence["errorCode"] == "malformed-url").ToDictionary(f => (string)f.Evidence["reference"]!);
        Assert.Equal(["file:///D:/通知.doc", "http://", "http:/www.example.com/"], malformed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, malformed["http://"].Evidence["foundOnCount"]);
        Assert.Equal(true, malformed["http://"].Evidence["onHomepage"]);
        Assert.Equal(false, malformed["file:///D:/通知.doc"].Evidence["onHomepage"]);
        Assert.Equal(Severity.Warning, malformed["file:///D:/通知.doc"].Severity);
        Assert.Equal(3, outcome.Report.Stats.Broken);
    }

    [Fact]
    public async Task A_redirect_to_an_unsupported_scheme_is_a_broken_link_with_the_reason()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", Page("<a href=\"/download/file.zip\">下载</a><a href=\"/old.html\">旧页</a>"))
            .Html("/a.html", Page(""))
            .Redirect("/download/file.zip", "ftp://ftp.example.gov.cn/file.zip")
            .Redirect("/old.html", "gopher://example.gov.cn/");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        var broken = Broken(outcome).ToDictionary(f => f.Url!);
        var ftp = broken[server.Url("/download/file.zip").AbsoluteUri];
        Assert.Equal("unsupported-scheme", ftp.Evidence["errorCode"]);
        Assert.Contains("ftp", (string)ftp.Evidence["error"]!);
        Assert.Equal(302, ftp.Evidence["status"]);
        Assert.Contains(server.Url("/old.html").AbsoluteUri, broken.Keys);
    }

    [Fact]
    public async Task No_external_holds_for_redirects_too()
    {
        await using var external = await TestWebServer.StartAsync(IPAddress.Parse("127.0.0.2"));
        external.Html("/", "<html><body>外部</body></html>");
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", Page("<a href=\"/go\">外链跳转</a><img src=\"/img/cdn.png\">"))
            .Html("/a.html", Page(""))
            .Redirect("/go", external.Url("/").AbsoluteUri)
            .Redirect("/img/cdn.png", external.Url("/cdn.png").AbsoluteUri);

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/"), o => o with { Crawl = o.Crawl with { NoExternal = true } }));

        Assert.Empty(external.Requests);
        Assert.Empty(Broken(outcome));
        Assert.Equal(1, server.CountRequests("GET /go"));
    }

    [Fact]
    public async Task A_page_whose_analysis_throws_is_a_failure_of_that_page_and_the_crawl_goes_on()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", Page("<a href=\"/bad.html\">坏</a><a href=\"/good.html\">好</a>"))
            .Html("/a.html", Page(""))
            .Html("/bad.html", Page("<a href=\"/after-bad.html\">后</a>"))
            .Html("/good.html", Page(""))
            .Html("/after-bad.html", Page(""));
        using var fetcher = TestInspection.Fetcher();
        var homepage = await fetcher.GetPageAsync(server.Url("/"), CancellationToken.None);
        var analysed = new System.Collections.Concurrent.ConcurrentBag<string>();
        var crawler = new Crawler(fetcher, new CrawlOptions { Concurrency = 2 }, url => url.Host == server.BaseUrl.Host, RobotsPolicy.AllowAll,
            _ => null, page =>
            {
                if (page.Url.AbsolutePath == "/bad.html")
                    throw new InvalidOperationException("页面触发了检查缺陷");
                analysed.Add(page.Url.AbsolutePath);
            });

        await crawler.RunAsync(homepage, CancellationToken.None);

        Assert.Equal(1, crawler.Failures.Count);
        var note = Assert.Single(crawler.Failures.Notes());
        Assert.Contains(server.Url("/bad.html").AbsoluteUri, note);
        Assert.Contains("页面触发了检查缺陷", note);
        Assert.Contains("/good.html", analysed);
        Assert.Contains("/after-bad.html", analysed);
    }
}
