using System.Collections.Concurrent;
using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Identity;
using Pucha.Inspection.Crawling;

namespace Pucha.Inspection.Rendering;

/// <summary>
/// With --render, besides the homepage, the crawled pages whose footer looks written by scripts (the
/// page has scripts and shows none of the identity items: no 党政机关 badge, 网站标识码, ICP number or
/// 主办单位) are rendered after the crawl and judged again as rendered; at most <see cref="MaxPages"/>.
/// </summary>
internal sealed class ScriptWrittenPages
{
    public const int MaxPages = 5;

    private readonly ConcurrentQueue<(Uri Url, int Depth, Fetching.FetchResult Fetch)> _pages = new();
    private int _chosen;

    public IReadOnlyCollection<(Uri Url, int Depth, Fetching.FetchResult Fetch)> Pages => _pages;

    /// <summary>Called for every crawled page (from several workers).</summary>
    public void Consider(CrawledPage page)
    {
        if (page.IsHomepage || Volatile.Read(ref _chosen) >= MaxPages || !LooksScriptWritten(page.Document))
            return;
        if (Interlocked.Increment(ref _chosen) <= MaxPages)
            _pages.Enqueue((page.Url, page.Depth, page.Fetch));
    }

    public static bool LooksScriptWritten(IDocument document)
    {
        if (document.QuerySelector("script") is null)
            return false;
        var identity = SiteIdentityExtractor.Extract(document);
        return !identity.ConacBadge && identity.SiteCode is null && identity.Icp is null && identity.Sponsor is null;
    }
}
