using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Crawling;

namespace Pucha.Inspection.Analysis.Pages;

/// <summary>
/// 首页仅为网站栏目导航入口 (渝府办发〔2015〕52号 附件2 网站不更新/链接可用性/首页栏目; 国办秘函〔2019〕19号 首页不更新, 链接可用性):
/// a homepage that only leads to the columns. Then the homepage update is judged over all second-level
/// pages (the pages the homepage links to), and their links weigh as the homepage's.
/// The official documents give no test; ours (docs/decisions.md): no dated item on the homepage, at most
/// <see cref="MaxOwnTextChars"/> characters of text outside links (footer included; spaces not
/// counted), and at least <see cref="MinSiteLinks"/> links to pages of the site.
/// </summary>
public static class NavigationHomepage
{
    /// <summary>Text outside links a navigation portal may carry: its footer (主办单位, 标识码, ICP …) and a few labels.</summary>
    public const int MaxOwnTextChars = 300;

    public const int MinSiteLinks = 3;

    public static bool IsNavigationOnly(IDocument homepage, Uri homepageUrl, SiteProfile site, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(homepage);
        ArgumentNullException.ThrowIfNull(homepageUrl);
        ArgumentNullException.ThrowIfNull(site);
        if (ListItemExtractor.ExtractGroups(homepage, homepageUrl, asOf).Any(group => group.Any(item => item.Date is not null)))
        {
            return false;
        }

        var linkText = homepage.Body?.QuerySelectorAll("a[href]").Sum(anchor => NonBlank(DomText.Visible(anchor))) ?? 0;
        return SiteLinks(homepage, homepageUrl, site).Count() >= MinSiteLinks && NonBlank(DomText.Visible(homepage)) - linkText <= MaxOwnTextChars;
    }

    /// <summary>
    /// The second-level pages of a navigation-only homepage, as the inspection's crawl reaches them at
    /// depth 1: the homepage's links to other pages of the site, in document order, each once (query kept,
    /// fragment dropped), documents and images (.pdf, .jpg …) left out, at most <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<Uri> SecondLevelPages(IDocument homepage, Uri homepageUrl, SiteProfile site, int max)
    {
        ArgumentNullException.ThrowIfNull(homepage);
        ArgumentNullException.ThrowIfNull(homepageUrl);
        ArgumentNullException.ThrowIfNull(site);
        return [.. SiteLinks(homepage, homepageUrl, site).Where(url => !LinkExtractor.IsResourcePath(url.AbsolutePath)).Take(Math.Max(0, max))];
    }

    /// <summary>Distinct in-site links of the homepage other than to the homepage itself.</summary>
    private static IEnumerable<Uri> SiteLinks(IDocument homepage, Uri homepageUrl, SiteProfile site)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var anchor in homepage.Body?.QuerySelectorAll("a[href]") ?? Enumerable.Empty<IElement>())
        {
            if (Uri.TryCreate(homepageUrl, anchor.GetAttribute("href"), out var target) && target.Scheme is "http" or "https"
                && site.IsInScope(target) && target.GetLeftPart(UriPartial.Path) != homepageUrl.GetLeftPart(UriPartial.Path)
                && seen.Add(target.GetLeftPart(UriPartial.Query)))
            {
                yield return new Uri(target.GetLeftPart(UriPartial.Query));
            }
        }
    }

    private static int NonBlank(string text) => text.Count(c => !char.IsWhiteSpace(c));
}
