using System.Collections.Concurrent;
using System.Threading.Channels;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// Breadth-first crawl of one site: a channel of link targets drained by a fixed number of fetch
/// workers, and a bounded channel of fetched pages drained by as many parsers as there are cores.
/// Fetching never waits for parsing (a HEAD of an attachment is not queued behind a page's
/// analysis) and only a few documents are alive at once. Each distinct target is visited once;
/// site pages are parsed, handed to the page callback, and dropped. External targets are checked
/// once each, a few at a time per host.
/// </summary>
internal sealed class Crawler
{
    private readonly PageFetcher _fetcher;
    private readonly CrawlOptions _options;
    private readonly Func<Uri, bool> _inScope;
    private readonly RobotsPolicy _robots;
    private readonly TrapGuard _traps;
    private readonly Func<IDocument, string?> _errorPage;
    private readonly Action<CrawledPage> _onPage;
    private readonly ConcurrentDictionary<string, LinkTarget> _targets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _externalHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ResolutionCache _resolutions = new();
    private readonly Channel<LinkTarget> _queue = Channel.CreateUnbounded<LinkTarget>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly Channel<(LinkTarget Target, FetchResult Result)> _fetchedPages;
    private readonly SemaphoreSlim _siteDelay = new(1, 1);
    private readonly TimeSpan _crawlDelay;
    private long _lastSiteRequest;
    private int _pending;
    private int _pagesAdmitted;

    /// <param name="errorPage">Returns the error text when a 200 page is an error page (soft 404), else null.</param>
    /// <param name="onPage">Called once per parsed site page, from several threads at once.</param>
    public Crawler(PageFetcher fetcher, CrawlOptions options, Func<Uri, bool> inScope, RobotsPolicy robots,
        Func<IDocument, string?> errorPage, Action<CrawledPage> onPage, CrawlProgress? progress = null)
    {
        _fetcher = fetcher;
        _options = options;
        _inScope = inScope;
        _robots = robots;
        _traps = new TrapGuard(options.Traps);
        _errorPage = errorPage;
        _onPage = onPage;
        Progress = progress ?? new CrawlProgress();
        _fetchedPages = Channel.CreateBounded<(LinkTarget, FetchResult)>(new BoundedChannelOptions(Math.Max(1, options.AnalysisQueue))
        {
            SingleReader = false, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait,
        });
        _crawlDelay = robots.CrawlDelay is { } delay ? (delay > options.MaxCrawlDelay ? options.MaxCrawlDelay : delay) : TimeSpan.Zero;
    }

    public CrawlProgress Progress { get; }

    /// <summary>Pages whose visit or analysis threw: each is a failure of that page, the crawl goes on.</summary>
    public EngineFailures Failures { get; init; } = new();

    /// <summary>
    /// Links on pages up to this depth weigh as the homepage's (<see cref="LinkTarget.OnHomepage"/>):
    /// 0, or 1 when the homepage is only a navigation portal and its second-level pages stand in for it.
    /// </summary>
    public int HomepageLinkDepth { get; init; }

    public ICollection<LinkTarget> Targets => _targets.Values;

    /// <summary>The targets by their normalized URL.</summary>
    public IReadOnlyDictionary<string, LinkTarget> TargetsByUrl => _targets;

    /// <summary>
    /// Links no browser can open, by the reference as written: the reason, the pages holding it, and
    /// whether the homepage is one. At most <see cref="MaxMalformed"/> distinct references are kept.
    /// </summary>
    public IReadOnlyDictionary<string, MalformedTarget> MalformedLinks => _malformed;

    public const int MaxMalformed = 1000;

    private readonly ConcurrentDictionary<string, MalformedTarget> _malformed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _homepageFrames = new(StringComparer.Ordinal);

    /// <summary>Crawls from the homepage, whose visit the caller already made.</summary>
    public Task RunAsync(FetchResult homepage, CancellationToken cancellationToken) => RunAsync(homepage, [], cancellationToken);

    /// <summary>
    /// Crawls from the homepage a person lands on; <paramref name="doorways"/> are the pages passed through
    /// on the way (<see cref="LandingPage"/>): visited already, and their links (a frameset's other frames)
    /// are the homepage's.
    /// </summary>
    public async Task RunAsync(FetchResult homepage, IReadOnlyList<FetchResult> doorways, CancellationToken cancellationToken)
    {
        var home = new LinkTarget(homepage.Url, LinkKind.Page, 0, inScope: true);
        _targets[homepage.Url.AbsoluteUri] = home;
        Progress.AddLink();
        _pending = 1;
        _pagesAdmitted = 1;
        Record(home, homepage);
        var parser = PageParser.Create();
        if (doorways.Count > 0)
        {
            // The doorways and the page reached are visited already: known targets, not requested again.
            foreach (var passed in doorways.Append(homepage))
            {
                foreach (var url in new[] { passed.Url, passed.FinalUrl })
                {
                    var known = new LinkTarget(url, LinkKind.Page, 0, inScope: true);
                    if (_targets.TryAdd(url.AbsoluteUri, known))
                    {
                        Progress.AddLink();
                        known.Visited = true;
                        known.Status = passed.Status;
                        known.FinalUrl = passed.FinalUrl;
                    }
                }
            }
        }
        ProcessPageSafely(home, homepage, parser);
        foreach (var doorway in doorways)
            ProcessDoorwaySafely(doorway, parser);
        Done();

        var workers = new List<Task>();
        for (var i = 0; i < Math.Max(1, _options.Concurrency); i++)
            workers.Add(Task.Run(() => FetchWorkAsync(cancellationToken), cancellationToken));
        for (var i = 0; i < Math.Max(1, _options.AnalysisConcurrency); i++)
            workers.Add(Task.Run(() => AnalysisWorkAsync(cancellationToken), cancellationToken));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    /// <summary>One target fully handled (fetched, and parsed when it is a page): the crawl ends when none is left.</summary>
    private void Done()
    {
        if (Interlocked.Decrement(ref _pending) != 0)
            return;
        _queue.Writer.TryComplete();
        _fetchedPages.Writer.TryComplete();
    }

    private async Task FetchWorkAsync(CancellationToken cancellationToken)
    {
        await foreach (var target in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var handedOver = false;
            try
            {
                handedOver = await VisitAsync(target, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Failures.Add(target.Url.AbsoluteUri, e);
            }
            finally
            {
                if (!handedOver)
                    Done();
            }
        }
    }

    private async Task AnalysisWorkAsync(CancellationToken cancellationToken)
    {
        var parser = PageParser.Create();
        await foreach (var (target, result) in _fetchedPages.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                ProcessPageSafely(target, result, parser);
            }
            finally
            {
                Done();
            }
        }
    }

    /// <summary>Fetches a target; true when its page was handed to the parsers (which then finish it).</summary>
    private async Task<bool> VisitAsync(LinkTarget target, CancellationToken cancellationToken)
    {
        FetchResult result;
        if (target.InScope)
        {
            await WaitForCrawlDelayAsync(cancellationToken).ConfigureAwait(false);
            result = await FetchAsync(target, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var gate = _externalHosts.GetOrAdd(target.Url.IdnHost, static (_, n) => new SemaphoreSlim(n, n), _options.ConcurrencyPerExternalHost);
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                result = await FetchAsync(target, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }

        Record(target, result);
        if (target.Kind == LinkKind.Stylesheet)
        {
            // A style sheet's url() and @import load with it: they are the links of the pages that load it.
            if (result is { Succeeded: true, Html: { } css })
            {
                var malformed = new List<MalformedLink>();
                foreach (var link in LinkExtractor.ExtractFromStylesheet(css, result.FinalUrl, malformed))
                    Register(link, target.Depth + 1, target.Url, target.OnHomepage);
                RecordMalformed(malformed, target.Url, target.OnHomepage);
            }
            return false;
        }
        if (!result.Succeeded || result.Html is null)
            return false;
        await _fetchedPages.Writer.WriteAsync((target, result), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private Task<FetchResult> FetchAsync(LinkTarget target, CancellationToken cancellationToken)
    {
        // --no-external holds for redirects too: a site link redirected off-site is not followed there.
        var follow = _options.NoExternal ? _inScope : null;
        return target.Kind switch
        {
            LinkKind.Stylesheet when target.InScope => _fetcher.GetTextAsync(target.Url, cancellationToken, follow),
            LinkKind.Resource or LinkKind.Stylesheet => _fetcher.CheckResourceAsync(target.Url, cancellationToken, follow),
            _ => _fetcher.GetPageAsync(target.Url, cancellationToken, follow),
        };
    }

    private void Record(LinkTarget target, FetchResult result)
    {
        target.Visited = true;
        target.Status = result.Status;
        target.Failure = result.Failure;
        target.FinalUrl = result.FinalUrl;
        Progress.AddChecked();
        Progress.AddBytes(result.Bytes);
        if (result.Truncated)
            Progress.AddTruncated();
        if (result.Failure is not null)
            Progress.AddError();
    }

    private void ProcessPageSafely(LinkTarget target, FetchResult result, HtmlParser parser)
    {
        try
        {
            ProcessPage(target, result, parser);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failures.Add(result.FinalUrl.AbsoluteUri, e);
        }
    }

    private void ProcessDoorwaySafely(FetchResult doorway, HtmlParser parser)
    {
        try
        {
            if (doorway.Html is null || !_parsed.TryAdd(doorway.FinalUrl.AbsoluteUri, 0))
                return;
            using var document = parser.ParseDocument(doorway.Html);
            // A frameset's other frames (banner, navigation) are part of the homepage the visitor sees.
            if (document.Body is { LocalName: "frameset" } frameset)
            {
                foreach (var frame in frameset.QuerySelectorAll("frame[src]"))
                {
                    if (UrlNormalizer.Resolve(doorway.FinalUrl, frame.GetAttribute("src")!) is { } frameUrl)
                        _homepageFrames.TryAdd(frameUrl.AbsoluteUri, 0);
                }
            }
            var malformed = new List<MalformedLink>();
            foreach (var link in LinkExtractor.Extract(document, doorway.FinalUrl, _resolutions, malformed))
                Register(link, 1, doorway.FinalUrl, onHomepage: true);
            RecordMalformed(malformed, doorway.FinalUrl, onHomepage: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failures.Add(doorway.FinalUrl.AbsoluteUri, e);
        }
    }

    private void RecordMalformed(List<MalformedLink> malformed, Uri page, bool onHomepage)
    {
        foreach (var link in malformed)
        {
            if (!_malformed.TryGetValue(link.Reference, out var known))
            {
                if (_malformed.Count >= MaxMalformed)
                    continue;
                known = _malformed.GetOrAdd(link.Reference, new MalformedTarget(link.Reference, link.Reason));
            }
            known.AddFoundOn(page, onHomepage);
        }
    }

    private void ProcessPage(LinkTarget target, FetchResult result, HtmlParser parser)
    {
        if (result.Html is null)
            return;
        var crawlable = target.InScope && _inScope(result.FinalUrl) && target.Depth <= _options.MaxDepth &&
                        _parsed.TryAdd(result.FinalUrl.AbsoluteUri, 0);
        using var document = parser.ParseDocument(result.Html);

        if (_errorPage(document) is { } errorText)
        {
            target.Failure = new FetchFailure(FetchFailureKind.ErrorPage, $"错误页面（状态码{result.Status}）：{errorText}");
            Progress.AddError();
            return;
        }
        if (!crawlable)
            return;

        Progress.AddPage();
        var isHomepage = target.Depth == 0;
        var pageUrl = result.FinalUrl;
        var malformed = new List<MalformedLink>();
        var onHomepage = target.Depth <= HomepageLinkDepth || _homepageFrames.ContainsKey(target.Url.AbsoluteUri);
        foreach (var link in LinkExtractor.Extract(document, pageUrl, _resolutions, malformed))
            Register(link, target.Depth + 1, target.Url, onHomepage);
        RecordMalformed(malformed, target.Url, onHomepage);
        _onPage(new CrawledPage(pageUrl, document, target.Depth, isHomepage, result));
    }

    private void Register(ExtractedLink link, int depth, Uri foundOn, bool onHomepage)
    {
        var key = link.Target.AbsoluteUri;
        if (_targets.TryGetValue(key, out var known))
        {
            known.AddFoundOn(foundOn, onHomepage);
            return;
        }

        var inScope = _inScope(link.Target);
        var created = new LinkTarget(link.Target, link.Kind, depth, inScope);
        var target = _targets.GetOrAdd(key, created);
        target.AddFoundOn(foundOn, onHomepage);
        if (!ReferenceEquals(target, created))
            return;
        Progress.AddLink();

        if (SkipReason(created) is { } reason)
        {
            created.SkipReason = reason;
            return;
        }
        Interlocked.Increment(ref _pending);
        _queue.Writer.TryWrite(created);
    }

    private string? SkipReason(LinkTarget target)
    {
        if (!target.InScope)
            return _options.NoExternal ? "未访问外部链接（--no-external）" : null;
        if (!_robots.IsAllowed(target.Url.PathAndQuery))
            return "robots.txt 不允许访问";
        if (_traps.TrapReason(target.Url) is { } trap)
            return trap;
        if (target.Kind == LinkKind.Page && Interlocked.Increment(ref _pagesAdmitted) > _options.MaxPages)
            return $"超出页面数上限（{_options.MaxPages}）";
        return null;
    }

    private async Task WaitForCrawlDelayAsync(CancellationToken cancellationToken)
    {
        if (_crawlDelay <= TimeSpan.Zero)
            return;
        await _siteDelay.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var since = TimeSpan.FromTicks(Environment.TickCount64 * TimeSpan.TicksPerMillisecond - _lastSiteRequest);
            if (_lastSiteRequest != 0 && since < _crawlDelay)
                await Task.Delay(_crawlDelay - since, cancellationToken).ConfigureAwait(false);
            _lastSiteRequest = Environment.TickCount64 * TimeSpan.TicksPerMillisecond;
        }
        finally
        {
            _siteDelay.Release();
        }
    }
}
