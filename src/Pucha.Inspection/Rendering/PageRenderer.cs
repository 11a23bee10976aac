using Microsoft.Playwright;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Rendering;

/// <summary>
/// Opens pages in Debian's Chromium (Playwright, headless), one browser for the whole run. Chromium
/// never opens a connection of its own: every request it makes is answered by the engine's guarded
/// fetcher (so the network guard and --resolve apply to it too); requests the guard refuses fail
/// in the browser.
/// </summary>
internal sealed class PageRenderer(PageFetcher fetcher, string chromiumPath) : IAsyncDisposable
{
    public const int MaxScriptErrors = 50;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<RenderedPage> RenderAsync(Uri url, CancellationToken cancellationToken)
    {
        _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
        _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        }).ConfigureAwait(false);
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            UserAgent = fetcher.Options.UserAgent,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        }).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);

        var errors = new List<string>();
        page.PageError += (_, error) => { lock (errors) if (errors.Count < MaxScriptErrors) errors.Add(error); };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                lock (errors) if (errors.Count < MaxScriptErrors) errors.Add(message.Text);
        };
        await page.RouteAsync("**/*", route => AnswerAsync(route, cancellationToken)).ConfigureAwait(false);

        try
        {
            await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions
            {
                WaitUntil = WaitUntilState.NetworkIdle,
                Timeout = (float)fetcher.Options.Timeout.TotalMilliseconds,
            }).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A page that keeps the network busy is rendered as far as it got.
        }
        var html = await page.ContentAsync().ConfigureAwait(false);
        lock (errors)
            return new RenderedPage(html, errors.ToArray());
    }

    private async Task AnswerAsync(IRoute route, CancellationToken cancellationToken)
    {
        var request = route.Request;
        if (request.Method is not ("GET" or "HEAD") || !Uri.TryCreate(request.Url, UriKind.Absolute, out var target) ||
            (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
        {
            await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
            return;
        }
        var result = await fetcher.GetBytesAsync(target, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { Kind: not FetchFailureKind.HttpStatus } || result.Status is null)
        {
            await route.AbortAsync(result.Failure?.Kind == FetchFailureKind.NetworkRefused ? "blockedbyclient" : "failed").ConfigureAwait(false);
            return;
        }
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = result.Status.Value,
            ContentType = result.ContentType,
            BodyBytes = result.RawBody ?? [],
        }).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync().ConfigureAwait(false);
        _playwright?.Dispose();
    }
}
