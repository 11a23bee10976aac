using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.SiteChecks;

/// <summary>--render: the homepage as Chromium shows it, every browser request through the guarded fetcher.</summary>
public sealed class RenderTests
{
    // test.sh sets PUCHA_TEST_CHROMIUM: then the browser must be there. Run alone without it, the
    // rendering test only runs when Debian's Chromium is installed.
    private static string? Chromium =>
        Environment.GetEnvironmentVariable("PUCHA_TEST_CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    private const string Footer = """
        <p>主办单位：某某县人民政府办公室 联系电话：0731-12345678</p>
        <p>网站标识码：4301240001 湘ICP备12345678号-1 湘公网安备 43012402000123号</p>
        <p><a href="/jiucuo.html">我为政府网站找错</a> <img src="/dzjg.png" alt="党政机关网站标识"></p>
        """;

    // The footer arrives by fetch() and the page calls an undefined function: only a browser sees either.
    private const string Home = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县人民政府</title></head><body>
        <p>某某县人民政府门户网站，欢迎访问。</p><img src="http://10.0.0.7/tracker.png">
        <div id="footer"></div>
        <script>fetch('/footer.html').then(r => r.text()).then(t => { document.getElementById('footer').innerHTML = t; });</script>
        <script>notDefinedAnywhere();</script>
        </body></html>
        """;

    private static async Task<TestWebServer> SiteAsync()
    {
        var server = await TestWebServer.StartAsync();
        server.Html("/", Home).Html("/footer.html", Footer).Html("/jiucuo.html", "<html><body>找错</body></html>")
            .Bytes("/dzjg.png", [0x89, 0x50, 0x4E, 0x47], "image/png");
        return server;
    }

    [Fact]
    public async Task A_script_written_footer_is_seen_only_when_rendered()
    {
        if (Chromium is not { } chromium)
            return; // Chromium is not installed here: nothing to render with (test.sh installs it).
        await using var server = await SiteAsync();

        var plain = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));
        Assert.Contains(plain.Report.Findings, f => f.Check == CheckIds.SiteIdentity && f.Url == server.Url("/").AbsoluteUri);

        var rendered = await Inspector.RunAsync(TestInspection.Options(server.Url("/"), o => o with { Render = true, ChromiumPath = chromium }));
        Assert.Empty(rendered.Report.Notes);
        Assert.DoesNotContain(rendered.Report.Findings, f => f.Check == CheckIds.SiteIdentity && f.Url == server.Url("/").AbsoluteUri);
        Assert.DoesNotContain(rendered.Report.Findings, f => f.Check == CheckIds.ErrorReportEntry && f.Url == server.Url("/").AbsoluteUri);
        // Links the script wrote are crawled too.
        Assert.True(server.CountRequests("GET /jiucuo.html") >= 1);

        var scriptErrors = Assert.Single(rendered.Report.Findings, f => f.Check == CheckIds.Compatibility);
        Assert.Equal("script-error", scriptErrors.Evidence["kind"]);
        Assert.Contains((string[])scriptErrors.Evidence["items"]!, e => e.Contains("notDefinedAnywhere", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_browser_is_a_note_not_a_crash()
    {
        await using var server = await SiteAsync();

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/"), o => o with { Render = true, ChromiumPath = "/nonexistent/chromium" }));

        Assert.True(outcome.HomepageReached);
        Assert.Contains(outcome.Report.Notes, n => n.Contains("渲染失败", StringComparison.Ordinal));
    }
}
