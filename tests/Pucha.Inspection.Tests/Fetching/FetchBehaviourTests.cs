using System.Text;
using Microsoft.AspNetCore.Http;
using Pucha.Inspection.Fetching;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Fetching;

public sealed class FetchBehaviourTests
{
    [Fact]
    public async Task A_resource_is_checked_with_a_ranged_get_when_head_is_refused()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Handle("/files/report.pdf", async context =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = 405;
                return;
            }
            context.Response.StatusCode = 206;
            context.Response.ContentType = "application/pdf";
            await context.Response.Body.WriteAsync("%"u8.ToArray());
        });
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.CheckResourceAsync(server.Url("/files/report.pdf"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(206, result.Status);
        Assert.Equal(["HEAD /files/report.pdf", "GET /files/report.pdf"], server.Requests);
        Assert.Equal(["bytes=0-0"], server.RangeHeaders);
    }

    [Fact]
    public async Task A_missing_resource_is_reported_with_its_status()
    {
        await using var server = await TestWebServer.StartAsync();
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.CheckResourceAsync(server.Url("/files/missing.doc"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.HttpStatus, result.Failure?.Kind);
        Assert.Equal(404, result.Status);
    }

    [Fact]
    public async Task A_timeout_is_a_failure_and_is_not_retried()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Handle("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { });
        });
        using var fetcher = TestInspection.Fetcher(options: new FetchOptions { Timeout = TimeSpan.FromMilliseconds(500) });

        var result = await fetcher.GetPageAsync(server.Url("/slow"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.Timeout, result.Failure?.Kind);
        Assert.Equal(1, server.CountRequests("GET /slow"));
    }

    [Fact]
    public async Task A_connection_reset_is_retried()
    {
        await using var server = await TestWebServer.StartAsync();
        var attempts = 0;
        server.Handle("/flaky", async context =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                context.Abort();
                return;
            }
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>ok</body></html>");
        });
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.GetPageAsync(server.Url("/flaky"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(2, server.CountRequests("GET /flaky"));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_cut_and_flagged()
    {
        await using var server = await TestWebServer.StartAsync();
        var body = "<html><body>" + new string('政', 20_000) + "</body></html>";
        server.Html("/big", body);
        using var fetcher = TestInspection.Fetcher(options: new FetchOptions { MaxBodyBytes = 8 * 1024 });

        var result = await fetcher.GetPageAsync(server.Url("/big"), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.True(result.Truncated);
        Assert.Equal(8 * 1024, result.Bytes);
    }

    [Fact]
    public async Task A_body_under_the_limit_is_read_whole()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/page", "<html><body>完整</body></html>");
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.GetPageAsync(server.Url("/page"), CancellationToken.None);

        Assert.False(result.Truncated);
        Assert.Equal(Encoding.UTF8.GetByteCount("<html><body>完整</body></html>"), result.Bytes);
    }

    [Fact]
    public async Task A_non_html_page_target_is_not_read()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Bytes("/data", new byte[100_000], "application/octet-stream");
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.GetPageAsync(server.Url("/data"), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(result.IsHtml);
        Assert.Null(result.Html);
    }

    [Fact]
    public void A_name_resolution_error_is_classified_as_dns()
    {
        // Resolving a name that does not exist would send a query off this machine; the
        // classification of the resolver's error is what matters here.
        var error = new HttpRequestException(HttpRequestError.NameResolutionError, "域名解析失败：no-such-host.gov.cn");
        Assert.Equal(FetchFailureKind.NameResolution, PageFetcher.Describe(error).Kind);
        Assert.Equal("dns", PageFetcher.Describe(error).Code);
    }

    [Fact]
    public async Task The_user_agent_names_pucha()
    {
        await using var server = await TestWebServer.StartAsync();
        string? agent = null;
        server.Handle("/", context =>
        {
            agent = context.Request.Headers.UserAgent.ToString();
            return Task.CompletedTask;
        });
        using var fetcher = TestInspection.Fetcher();
        await fetcher.GetPageAsync(server.Url("/"), CancellationToken.None);
        Assert.StartsWith("Pucha/", agent);
    }
}
