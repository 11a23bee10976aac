using Pucha.Inspection.Fetching;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Fetching;

public sealed class RedirectTests
{
    [Fact]
    public async Task A_chain_of_redirects_is_followed_and_every_hop_recorded()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Redirect("/a", "/b", 301).Redirect("/b", "/c", 302).Redirect("/c", "/final", 307).Html("/final", "<html><body>到了</body></html>");
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.GetPageAsync(server.Url("/a"), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(server.Url("/final"), result.FinalUrl);
        Assert.Equal([301, 302, 307], result.Redirects.Select(h => h.Status));
        Assert.Contains("到了", result.Html);
    }

    [Fact]
    public async Task A_redirect_loop_is_a_failure()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Redirect("/a", "/b").Redirect("/b", "/a");
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.GetPageAsync(server.Url("/a"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.RedirectLoop, result.Failure?.Kind);
        Assert.Equal(2, result.Redirects.Count);
    }

    [Fact]
    public async Task More_than_ten_redirects_is_a_failure()
    {
        await using var server = await TestWebServer.StartAsync();
        for (var i = 0; i < 11; i++)
            server.Redirect($"/r{i}", $"/r{i + 1}");
        server.Html("/r11", "<html></html>");
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.GetPageAsync(server.Url("/r0"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.TooManyRedirects, result.Failure?.Kind);
        Assert.Equal(0, server.CountRequests("GET /r11"));
    }

    [Fact]
    public async Task Ten_redirects_are_still_followed()
    {
        await using var server = await TestWebServer.StartAsync();
        for (var i = 0; i < 10; i++)
            server.Redirect($"/r{i}", $"/r{i + 1}");
        server.Html("/r10", "<html></html>");
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.GetPageAsync(server.Url("/r0"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(10, result.Redirects.Count);
    }

    [Fact]
    public async Task A_redirect_into_a_private_address_is_refused()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Redirect("/go", "http://10.0.0.8/admin");
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.GetPageAsync(server.Url("/go"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.NetworkRefused, result.Failure?.Kind);
        Assert.Contains("不允许访问内网地址", result.Failure!.Message);
        Assert.Contains("10.0.0.8", result.Failure.Message);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_a_failure()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Redirect("/go", "ftp://example.gov.cn/file");
        using var fetcher = TestInspection.Fetcher();

        var result = await fetcher.GetPageAsync(server.Url("/go"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.UnsupportedScheme, result.Failure?.Kind);
    }
}
