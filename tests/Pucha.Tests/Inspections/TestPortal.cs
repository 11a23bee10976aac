using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pucha.Core;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Inspections;

/// <summary>
/// A small government site on loopback for stored inspections: a homepage linking one article that
/// opens and one that is missing (a broken link on the homepage), and no identity in the footer.
/// </summary>
public sealed class TestPortal : IAsyncDisposable
{
    public const string MissingPage = "/xxgk/missing.html";

    private readonly WebApplication _app;

    private TestPortal(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:PORT/</summary>
    public string HomepageUrl { get; private set; } = "";

    public static async Task<TestPortal> StartAsync()
    {
        // Dated relative to today (Beijing): fixed dates turned the homepage into a 首页不更新 veto two weeks later.
        var today = BeijingTime.DateOf(DateTime.UtcNow);
        var newer = today.AddDays(-1).ToString("yyyy-MM-dd");
        var older = today.AddDays(-2).ToString("yyyy-MM-dd");
        var app = LoopbackApp.Create();
        app.MapGet("/", () => Html($"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>测试县人民政府</title></head>
            <body><h1>测试县人民政府</h1>
            <ul><li><a href="/xxgk/1.html">关于做好秋季防火工作的通知</a> <span>{newer}</span></li>
                <li><a href="/xxgk/missing.html">已删除的文件</a> <span>{older}</span></li></ul>
            <div class="footer">主办：测试县人民政府办公室</div></body></html>
            """));
        app.MapGet("/xxgk/1.html", () => Html($"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好秋季防火工作的通知</title></head>
            <body><h1>关于做好秋季防火工作的通知</h1><p>发布日期：{newer}</p><p>各乡镇：请做好防火工作。</p></body></html>
            """));
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nAllow: /\n"));
        app.MapFallback(() => Results.NotFound());
        return new TestPortal(app) { HomepageUrl = await LoopbackApp.StartAsync(app) + "/" };
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
