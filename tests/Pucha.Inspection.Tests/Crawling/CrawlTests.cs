using Microsoft.AspNetCore.Http;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Crawling;

/// <summary>The crawl through the whole engine, on real loopback servers.</summary>
public sealed class CrawlTests
{
    private static string Page(string body) => $"<!doctype html><html><head><meta charset=\"utf-8\"><title>页</title></head><body>{body}</body></html>";

    private static List<Finding> Broken(InspectionOutcome outcome) =>
        outcome.Report.Findings.Where(f => f.Check == CheckIds.BrokenLink).ToList();

    [Fact]
    public async Task Each_broken_target_is_one_finding_with_every_page_it_is_on()
    {
        await using var server = await TestWebServer.StartAsync();
        // The homepage has a dated item: a homepage of bare links would be a navigation portal, whose
        // second-level pages' links weigh as its own (NavigationHomepageTests).
        server.Html("/", Page("""<a href="/a.html">a</a><a href="/b.html">b</a><a href="/gone.html">gone</a><ul><li><a href="/a.html">县政府召开常务会议</a><span>2024-06-10</span></li></ul>"""))
            .Html("/a.html", Page("""<a href="/gone.html">gone</a><img src="/img/missing.png">"""))
            .Html("/b.html", Page("""<a href="/gone.html#x">gone again</a><a href="/a.html">a</a>"""));

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        var broken = Broken(outcome);
        Assert.Equal(2, broken.Count);
        var gone = broken.Single(f => f.Url == server.Url("/gone.html").AbsoluteUri);
        Assert.Equal(
            new[] { server.Url("/"), server.Url("/a.html"), server.Url("/b.html") }.Select(u => u.AbsoluteUri).Order(),
            ((string[])gone.Evidence["foundOn"]!).Order());
        Assert.Equal(true, gone.Evidence["onHomepage"]);
        Assert.Equal(404, gone.Evidence["status"]);
        var image = broken.Single(f => f.Url == server.Url("/img/missing.png").AbsoluteUri);
        Assert.Equal(false, image.Evidence["onHomepage"]);
        Assert.Equal(1, server.CountRequests("GET /gone.html"));
        Assert.Equal(1, server.CountRequests("HEAD /img/missing.png"));
        Assert.Equal(3, outcome.Report.Stats.Pages);
    }

    [Fact]
    public async Task Scripted_and_mail_links_are_never_visited_or_reported()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", Page("""
            <a href="javascript:void(0)">js</a><a href="mailto:zfb@mouxian.gov.cn">mail</a><a href="tel:0731-1234567">tel</a>
            <img src="data:image/png;base64,iVBORw0KGgo="><a href="#top">top</a>
            """));

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        Assert.Empty(Broken(outcome));
        Assert.Equal(0, outcome.Report.Stats.Links - 1);
    }

    [Fact]
    public async Task External_links_are_checked_once_each_or_only_recorded_with_no_external()
    {
        await using var external = await TestWebServer.StartAsync();
        external.Html("/ok.html", Page("ok"));
        await using var site = await TestWebServer.StartAsync();
        // "localhost" is another host than 127.0.0.1, so the second server's links are external.
        var ok = $"http://localhost:{external.Port}/ok.html";
        var missing = $"http://localhost:{external.Port}/missing.html";
        site.Html("/", Page($"""<a href="{ok}">1</a><a href="{missing}">2</a><a href="/p.html">p</a>"""))
            .Html("/p.html", Page($"""<a href="{ok}">1</a><a href="{missing}">2</a>"""));
        var resolve = new List<(string, System.Net.IPAddress)> { ("localhost", System.Net.IPAddress.Loopback) };

        var checkedRun = await Inspector.RunAsync(TestInspection.Options(site.Url("/"), o => o with { Resolve = resolve }));
        Assert.Equal([missing], Broken(checkedRun).Select(f => f.Url));
        Assert.Equal(1, external.CountRequests("GET /ok.html"));
        Assert.Equal(1, external.CountRequests("GET /missing.html"));

        var recordedRun = await Inspector.RunAsync(TestInspection.Options(site.Url("/"),
            o => o with { Resolve = resolve, Crawl = o.Crawl with { NoExternal = true } }));
        Assert.Empty(Broken(recordedRun));
        Assert.Equal(2, recordedRun.Report.Stats.Skipped);
        Assert.Equal(1, external.CountRequests("GET /ok.html"));
    }

    [Fact]
    public async Task Robots_txt_is_honoured_unless_ignored()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Bytes("/robots.txt", "User-agent: *\nDisallow: /private/\n"u8.ToArray(), "text/plain")
            .Html("/", Page("""<a href="/private/p.html">p</a><a href="/public.html">q</a>"""))
            .Html("/public.html", Page("q"))
            .Html("/private/p.html", Page("p"));

        await Inspector.RunAsync(TestInspection.Options(server.Url("/")));
        Assert.Equal(0, server.CountRequests("GET /private/p.html"));
        Assert.Equal(1, server.CountRequests("GET /public.html"));

        await Inspector.RunAsync(TestInspection.Options(server.Url("/"), o => o with { IgnoreRobots = true }));
        Assert.Equal(1, server.CountRequests("GET /private/p.html"));
    }

    [Fact]
    public async Task An_endless_calendar_ends_at_the_query_variant_cap()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", Page("""<a href="/calendar?m=0">日历</a>"""));
        server.Handle("/calendar", async context =>
        {
            var month = int.Parse(context.Request.Query["m"].ToString());
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page($"""<a href="/calendar?m={month + 1}">下月</a><a href="/calendar?m={month - 1}">上月</a>"""));
        });

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/"),
            o => o with { Crawl = o.Crawl with { Traps = new() { MaxQueryVariantsPerPath = 30 } } }));

        var calendarVisits = server.Requests.Count(r => r.StartsWith("GET /calendar", StringComparison.Ordinal));
        Assert.Equal(30, calendarVisits);
        Assert.Empty(Broken(outcome));
    }

    [Fact]
    public async Task A_relative_link_loop_stops_at_repeated_segments()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", Page("""<a href="/news/">新闻</a>"""));
        // Every directory answers with a page linking to the relative "news/", so /news/news/news/… never ends.
        server.Handle("/news/", WritePage);
        for (var depth = 2; depth <= 6; depth++)
            server.Handle("/" + string.Concat(Enumerable.Repeat("news/", depth)), WritePage);

        await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        Assert.Equal(1, server.CountRequests("GET /news/news/"));
        Assert.Equal(0, server.CountRequests("GET /news/news/news/"));

        static async Task WritePage(Microsoft.AspNetCore.Http.HttpContext context)
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(Page("""<a href="news/">更多</a>"""));
        }
    }

    [Fact]
    public async Task Page_and_depth_limits_bound_the_crawl()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", Page(string.Concat(Enumerable.Range(1, 20).Select(i => $"""<a href="/p{i}.html">{i}</a>"""))));
        for (var i = 1; i <= 20; i++)
            server.Html($"/p{i}.html", Page($"""<a href="/deep{i}.html">deep</a>"""));

        var limited = await Inspector.RunAsync(TestInspection.Options(server.Url("/"), o => o with { Crawl = o.Crawl with { MaxPages = 5 } }));
        Assert.Equal(5, limited.Report.Stats.Pages);

        var shallow = await Inspector.RunAsync(TestInspection.Options(server.Url("/"), o => o with { Crawl = o.Crawl with { MaxDepth = 0 } }));
        Assert.Equal(1, shallow.Report.Stats.Pages);
        Assert.Equal(0, server.CountRequests("GET /deep1.html"));
    }

    [Fact]
    public async Task The_homepage_unreachable_is_an_availability_veto()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Status("/", 503);

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        Assert.False(outcome.HomepageReached);
        var finding = Assert.Single(outcome.Report.Findings);
        Assert.Equal(CheckIds.Availability, finding.Check);
        Assert.Equal(Severity.Veto, finding.Severity);
        Assert.False(outcome.Report.Homepage.Ok);
    }

    [Fact]
    public async Task A_homepage_redirect_to_a_private_address_is_refused_with_a_reason()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Redirect("/", "http://192.168.1.1/");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        Assert.False(outcome.HomepageReached);
        Assert.Contains("不允许访问内网地址", outcome.Report.Findings.Single().Message);
    }
}
