using System.Diagnostics;
using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Fetching;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Rendering;
using Pucha.Inspection.Reporting;
using Pucha.Inspection.SiteChecks;

namespace Pucha.Inspection;

/// <summary>
/// Runs one inspection: opens the homepage (availability), reads robots.txt, crawls the site while
/// the site-level checks run beside it, and gathers every finding into the report.
/// </summary>
public static class Inspector
{
    public static async Task<InspectionOutcome> RunAsync(InspectionOptions options, CrawlProgress? progress = null,
        CancellationToken cancellationToken = default)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        progress ??= new CrawlProgress();
        var analyzers = InspectionAnalyzers.Create(options);
        var guard = new NetworkGuard(options.AllowNetworks);
        var resolver = HostResolver.FromMappings(options.Resolve);
        var tls = new TlsObserver();
        var fetchOptions = options.Fetch with
        {
            MaxConnectionsPerHost = Math.Max(options.Fetch.MaxConnectionsPerHost, options.Crawl.Concurrency),
        };
        using var fetcher = new PageFetcher(fetchOptions, new GuardedConnector(guard, resolver), tls);

        var homeUrl = UrlNormalizer.Normalize(options.Url)
                      ?? throw new ArgumentException($"首页网址必须是 http 或 https 地址：{options.Url}", nameof(options));
        var homepage = await fetcher.GetPageAsync(homeUrl, cancellationToken).ConfigureAwait(false);
        var findings = new List<Finding>();
        var notes = new List<string>();
        var failures = new EngineFailures();
        // The homepage a person lands on: a doorway's meta refresh, static script redirect or frameset main frame is followed.
        var landing = await LandingPage.FollowAsync(fetcher, PageParser.Create(), homepage, analyzers.Site(homepage.FinalUrl, homeUrl).IsInScope,
            cancellationToken).ConfigureAwait(false);
        homepage = landing.Page;
        if (landing.Stopped is { } stopped)
            notes.Add("首页" + stopped);
        if (homepage.CharsetNote is { } charsetNote)
            notes.Add("首页" + charsetNote);
        await using var renderer = options.Render ? new PageRenderer(fetcher, options.ChromiumPath) : null;
        if (renderer is not null && homepage is { Succeeded: true, Html: not null })
            homepage = await RenderHomepageAsync(renderer, homepage, findings, notes, cancellationToken).ConfigureAwait(false);

        using var homeDocument = homepage is { Succeeded: true, Html: not null } ? PageParser.Create().ParseDocument(homepage.Html) : null;
        var homeFailure = homepage.Failure?.Message
                          ?? (homeDocument is null ? $"首页不是网页（{homepage.ContentType ?? "无内容类型"}）" : null)
                          ?? (InspectionAnalyzers.ErrorPage(homeDocument!) is { } errorText ? $"首页是错误页面：{errorText}" : null);
        var visit = new HomepageVisit(homeFailure is null, homepage.Status, Math.Round(homepage.ElapsedMs, 1), homeFailure,
            homepage.Redirects.Select(h => h.Describe()).ToArray());

        if (homeFailure is not null)
        {
            findings.Add(new Finding(CheckIds.Availability, Severity.Veto, $"首页无法访问：{homeFailure}", homeUrl.AbsoluteUri,
                new Dictionary<string, object?>
                {
                    ["status"] = homepage.Status,
                    // One visit per inspection: the share of failed visits is 0 or 1 (the sheet's 5% is over a week of visits).
                    ["failureShare"] = 1.0,
                    ["error"] = homeFailure,
                    ["errorCode"] = homepage.Failure?.Code ?? "not-a-page",
                    ["elapsedMs"] = visit.ElapsedMs,
                    ["redirects"] = visit.Redirects,
                }));
            return new InspectionOutcome(FailedReport(options, homeUrl, homepage, visit, startedAt, clock, findings, notes), HomepageReached: false);
        }

        try
        {
            return await InspectReachedAsync(options, progress, analyzers, guard, resolver, tls, fetcher, homeUrl, homepage, landing.Doorways,
                homeDocument!, visit, renderer, findings, notes, failures, startedAt, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An engine fault after the homepage opened still ends in a report: the visit, and the fault as a note.
            failures.Add("本次检查", e);
            notes.AddRange(failures.Notes());
            return new InspectionOutcome(FailedReport(options, homeUrl, homepage, visit, startedAt, clock, findings, notes), HomepageReached: true);
        }
    }

    private static InspectionReport FailedReport(InspectionOptions options, Uri homeUrl, FetchResult homepage, HomepageVisit visit,
        DateTimeOffset startedAt, Stopwatch clock, List<Finding> findings, List<string> notes) => new()
        {
            Site = new ReportSite(homeUrl.AbsoluteUri, homepage.FinalUrl.AbsoluteUri, options.ExpectedName, options.ExpectedSiteCode),
            AsOf = options.AsOf,
            StartedAt = startedAt,
            Homepage = visit,
            Stats = new ReportStats(0, 0, 1, 0, 0, homepage.Bytes, homepage.Truncated ? 1 : 0, Math.Round(clock.Elapsed.TotalSeconds, 2)),
            Findings = Order(findings),
            Notes = notes,
        };

    private static async Task<InspectionOutcome> InspectReachedAsync(InspectionOptions options, CrawlProgress progress, InspectionAnalyzers analyzers,
        NetworkGuard guard, HostResolver resolver, TlsObserver tls, PageFetcher fetcher, Uri homeUrl, FetchResult homepage,
        IReadOnlyList<FetchResult> doorways, AngleSharp.Dom.IDocument homeDocument, HomepageVisit visit, PageRenderer? renderer,
        List<Finding> findings, List<string> notes, EngineFailures failures, DateTimeOffset startedAt, Stopwatch clock,
        CancellationToken cancellationToken)
    {
        var site = analyzers.Site(homepage.FinalUrl, homeUrl);
        var robots = options.IgnoreRobots ? RobotsPolicy.AllowAll : await ReadRobotsAsync(fetcher, homepage.FinalUrl, cancellationToken).ConfigureAwait(false);
        var pageFindings = new List<Finding>();
        var scriptWritten = new ScriptWrittenPages();
        // 首页仅为栏目导航入口: its second-level pages stand in for it (update count and link weight).
        var navigationOnly = NavigationHomepage.IsNavigationOnly(homeDocument!, homepage.FinalUrl, site, options.AsOf);
        var secondLevel = new System.Collections.Concurrent.ConcurrentBag<(Uri Page, IReadOnlyList<ListItem> Items)>();
        var crawler = new Crawler(fetcher, options.Crawl, site.IsInScope, robots, InspectionAnalyzers.ErrorPage,
            page =>
            {
                if (renderer is not null && !notes.Exists(n => n.StartsWith("首页渲染失败", StringComparison.Ordinal)))
                    scriptWritten.Consider(page);
                if (navigationOnly && page.Depth == 1)
                    secondLevel.Add((page.Url, [.. ListItemExtractor.ExtractGroups(page.Document, page.Url, options.AsOf).SelectMany(group => group)]));
                var found = analyzers.CheckPage(page, site);
                if (found.Count > 0)
                {
                    lock (pageFindings)
                        pageFindings.AddRange(found);
                }
            }, progress)
        { HomepageLinkDepth = navigationOnly ? 1 : 0, Failures = failures };

        var context = new SiteCheckContext
        {
            Options = options, Fetcher = fetcher, Homepage = homepage, HomepageDocument = homeDocument!, Tls = tls,
            Guard = guard, Resolver = resolver, ErrorPage = InspectionAnalyzers.ErrorPage,
        };
        var crawl = crawler.RunAsync(homepage, doorways, cancellationToken);
        var siteChecks = RunSiteChecksAsync(context, site, navigationOnly, failures, cancellationToken);
        await Task.WhenAll(crawl, siteChecks).ConfigureAwait(false);
        if (renderer is not null)
            await RecheckRenderedAsync(renderer, scriptWritten, analyzers, site, pageFindings, notes, cancellationToken).ConfigureAwait(false);

        findings.AddRange(await siteChecks.ConfigureAwait(false));
        if (navigationOnly)
        {
            findings.AddRange(HomepageUpdateCheck.RunOnSecondLevel(context, secondLevel.OrderBy(p => p.Page.AbsoluteUri, StringComparer.Ordinal)));
            notes.Add("首页仅为网站栏目导航入口：首页更新按全部二级页面统计，二级页面上的链接按首页链接计");
        }
        findings.AddRange(PageFindingAggregator.Merge(pageFindings, homepage.FinalUrl));
        findings.AddRange(analyzers.BoardFindings());
        findings.AddRange(BrokenLinkFindings.From(crawler.Targets));
        findings.AddRange(BrokenLinkFindings.FromMalformed(crawler.MalformedLinks));
        findings.AddRange(ServiceGuideLinksCheck.From(analyzers.ServiceGuides, crawler.TargetsByUrl));

        var targets = crawler.Targets;
        var identity = InspectionAnalyzers.Identity(homeDocument!);
        var report = new InspectionReport
        {
            Site = new ReportSite(homeUrl.AbsoluteUri, homepage.FinalUrl.AbsoluteUri, identity.Name ?? options.ExpectedName,
                identity.SiteCode ?? options.ExpectedSiteCode),
            AsOf = options.AsOf,
            StartedAt = startedAt,
            Homepage = visit,
            Stats = new ReportStats(
                progress.Pages, targets.Count, targets.Count(t => t.Visited), targets.Count(t => t.SkipReason is not null),
                targets.Count(t => t.IsBroken && t.FoundOn.Count > 0) + crawler.MalformedLinks.Count, progress.Bytes, progress.Truncated, Math.Round(clock.Elapsed.TotalSeconds, 2)),
            Findings = Order(findings),
            Notes = [.. notes, .. failures.Notes()],
        };
        return new InspectionOutcome(report, HomepageReached: true);
    }

    private static async Task<List<Finding>> RunSiteChecksAsync(SiteCheckContext context, SiteProfile site, bool navigationOnly,
        EngineFailures failures, CancellationToken cancellationToken)
    {
        var checks = new List<Task<IReadOnlyList<Finding>>>
        {
            Safely("HTTPS检查", () => HttpsCheck.RunAsync(context, cancellationToken), failures),
            Safely("IPv6检查", () => Ipv6Check.RunAsync(context, cancellationToken), failures),
            Safely("栏目检查", () => ColumnCheck.RunAsync(context, site, cancellationToken), failures),
            Safely("站内搜索检查", () => SiteSearchCheck.RunAsync(context, cancellationToken), failures),
        };
        var findings = new List<Finding>();
        if (!navigationOnly)
            findings.AddRange(await Safely("首页更新检查", () => Task.FromResult(HomepageUpdateCheck.Run(context)), failures).ConfigureAwait(false));
        findings.AddRange(await Safely("域名检查", () => Task.FromResult(DomainNameCheck.Run(context, site)), failures).ConfigureAwait(false));
        foreach (var result in await Task.WhenAll(checks).ConfigureAwait(false))
            findings.AddRange(result);
        return findings;
    }

    /// <summary>A check that throws is a failure of that check (a note), not of the inspection.</summary>
    private static async Task<IReadOnlyList<Finding>> Safely(string name, Func<Task<IReadOnlyList<Finding>>> check, EngineFailures failures)
    {
        try
        {
            return await check().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add(name, e);
            return [];
        }
    }

    /// <summary>
    /// With --render the homepage is what Chromium shows after its scripts ran (footers and lists
    /// written by scripts included); its script errors are a compatibility finding. The rendered
    /// HTML replaces the fetched one for every check and for link discovery.
    /// </summary>
    private static async Task<FetchResult> RenderHomepageAsync(PageRenderer renderer, FetchResult homepage,
        List<Finding> findings, List<string> notes, CancellationToken cancellationToken)
    {
        RenderedPage rendered;
        try
        {
            rendered = await renderer.RenderAsync(homepage.FinalUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.Playwright.PlaywrightException e)
        {
            notes.Add($"首页渲染失败，已按未渲染的页面检查：{e.Message.Split('\n')[0]}");
            return homepage;
        }
        if (rendered.ScriptErrors.Count > 0)
        {
            findings.Add(new Finding(CheckIds.Compatibility, Severity.Warning, $"首页运行时出现脚本错误（{rendered.ScriptErrors.Count}个）",
                homepage.FinalUrl.AbsoluteUri,
                new Dictionary<string, object?> { ["kind"] = "script-error", ["items"] = rendered.ScriptErrors.ToArray() }));
        }
        return WithHtml(homepage, rendered.Html);
    }

    /// <summary>Pages whose footer looked script-written are judged again as Chromium shows them.</summary>
    private static async Task RecheckRenderedAsync(PageRenderer renderer, ScriptWrittenPages pages, InspectionAnalyzers analyzers,
        SiteProfile site, List<Finding> pageFindings, List<string> notes, CancellationToken cancellationToken)
    {
        var parser = PageParser.Create();
        foreach (var (url, depth, fetch) in pages.Pages)
        {
            RenderedPage rendered;
            try
            {
                rendered = await renderer.RenderAsync(url, cancellationToken).ConfigureAwait(false);
            }
            catch (Microsoft.Playwright.PlaywrightException e)
            {
                notes.Add($"页面渲染失败，已按未渲染的页面检查：{url}：{e.Message.Split('\n')[0]}");
                continue;
            }
            using var document = parser.ParseDocument(rendered.Html);
            var found = analyzers.CheckPage(new CrawledPage(url, document, depth, false, WithHtml(fetch, rendered.Html)), site);
            pageFindings.RemoveAll(f => f.Url == url.AbsoluteUri || f.Url == url.ToString());
            pageFindings.AddRange(found);
        }
    }

    private static FetchResult WithHtml(FetchResult fetched, string html) => new()
    {
        Url = fetched.Url, FinalUrl = fetched.FinalUrl, Status = fetched.Status, Redirects = fetched.Redirects,
        ContentType = fetched.ContentType, IsHtml = true, Html = html, Bytes = fetched.Bytes,
        Truncated = fetched.Truncated, ElapsedMs = fetched.ElapsedMs,
    };

    private static async Task<RobotsPolicy> ReadRobotsAsync(PageFetcher fetcher, Uri homepage, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(homepage, "/robots.txt");
        var result = await fetcher.GetTextAsync(robotsUrl, cancellationToken).ConfigureAwait(false);
        return result is { Succeeded: true, Html: { } text } ? RobotsPolicy.Parse(text) : RobotsPolicy.AllowAll;
    }

    /// <summary>Stable order: by check (as listed in <see cref="CheckIds.All"/>), then by URL.</summary>
    private static List<Finding> Order(List<Finding> findings)
    {
        var rank = CheckIds.All.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return findings
            .OrderBy(f => rank.GetValueOrDefault(f.Check, int.MaxValue))
            .ThenBy(f => f.Url, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
    }
}
