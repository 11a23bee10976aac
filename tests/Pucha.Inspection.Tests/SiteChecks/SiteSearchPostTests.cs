using System.Net;
using Microsoft.AspNetCore.Http;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.SiteChecks;

/// <summary>Site search through a form that posts (method="post"): the search is submitted by POST, as a browser would.</summary>
public sealed class SiteSearchPostTests
{
    private static readonly string[] Titles = ["县政府召开常务会议研究部署秋冬季安全生产", "全县秋粮收购工作进展顺利", "县人民医院新门诊大楼投入使用"];

    // The search answers POST only (GET → 405, like many CMS search handlers), lists results as links
    // with shortened titles, echoes the query, and knows every title except the last: the planted defect.
    private static async Task<TestWebServer> StartSiteAsync()
    {
        var server = await TestWebServer.StartAsync();
        var items = string.Concat(Titles.Select((t, i) => $"<li><a href=\"/xw/{i}.html\">{t}</a><span>2024-06-1{i}</span></li>"));
        server.Html("/", $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县人民政府</title></head><body>
            <form action="/search/do" method="post"><input type="hidden" name="siteId" value="7"><input type="text" name="searchWord" placeholder="站内搜索"><input type="submit" value="搜索"></form>
            <div class="news"><h2>政务要闻</h2><ul>{items}</ul></div>
            </body></html>
            """);
        for (var i = 0; i < Titles.Length; i++)
            server.Html($"/xw/{i}.html", $"<html><head><title>{Titles[i]}</title></head><body><h1>{Titles[i]}</h1><p>发布时间：2024-06-1{i}</p></body></html>");
        server.Handle("/search/do", async context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                context.Response.StatusCode = 405;
                return;
            }
            var form = await context.Request.ReadFormAsync();
            var query = form["searchWord"].ToString();
            var site = form["siteId"].ToString();
            var hits = Titles.Take(Titles.Length - 1).Where(t => site == "7" && query.Length > 0 && t.Contains(query, StringComparison.Ordinal));
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync($"<html><body><p>检索“{WebUtility.HtmlEncode(query)}”的结果：</p><ul>{string.Concat(hits.Select(h => $"<li><a href=\"/search/view?title={WebUtility.UrlEncode(h)}\">{h[..8]}…</a></li>"))}</ul></body></html>");
        });
        return server;
    }

    [Fact]
    public async Task A_posting_search_form_is_submitted_by_post_and_the_missing_title_reported()
    {
        await using var server = await StartSiteAsync();

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.BaseUrl));

        var search = Assert.Single(outcome.Report.Findings, f => f.Check == CheckIds.SiteSearch);
        Assert.Equal(Severity.Warning, search.Severity);
        Assert.Equal("POST", search.Evidence["method"]);
        Assert.Equal(true, search.Evidence["working"]);
        Assert.Equal([Titles[^1]], (string[])search.Evidence["notFound"]!);
        Assert.Equal(Titles.Length, ((string[])search.Evidence["searched"]!).Length);
        Assert.Equal(Titles.Length, server.CountRequests("POST /search/do"));
        Assert.Equal(0, server.CountRequests("GET /search/do"));
    }

    [Fact]
    public async Task A_posted_search_that_redirects_with_303_is_followed_with_get()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", """
            <html><head><title>某某县人民政府</title></head><body>
            <form action="/s" method="POST"><input type="text" name="q"><button>搜索</button></form>
            <ul><li><a href="/a.html">县长主持召开防汛工作会议</a> 2024-06-12</li></ul></body></html>
            """);
        server.Html("/a.html", "<html><head><title>县长主持召开防汛工作会议</title></head><body><p>2024-06-12</p></body></html>");
        server.Handle("/s", context =>
        {
            context.Response.StatusCode = HttpMethods.IsPost(context.Request.Method) ? 303 : 405;
            context.Response.Headers.Location = "/results";
            return Task.CompletedTask;
        });
        server.Html("/results", "<html><body><a href=\"/a.html\">县长主持召开防汛工作会议</a></body></html>");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.BaseUrl));

        Assert.DoesNotContain(outcome.Report.Findings, f => f.Check == CheckIds.SiteSearch);
        Assert.Equal(1, server.CountRequests("POST /s"));
        Assert.Equal(1, server.CountRequests("GET /results"));
    }
}
