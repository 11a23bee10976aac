using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Dates;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Columns;

/// <summary>
/// Reads a column's list page: finds the list (the group of sibling items — li, tr, dd or div/p —
/// each with one link, preferring groups with dates, ignoring navigation, headers and footers),
/// reads each item's title, link and date (full dates, or [04-01]/04-01/4月1日 resolved against
/// as-of: a month-day after as-of means last year), and the pagination: 下一页/尾页 links, page-number
/// links (页码 2, 3 … to pages in the list's directory), and script pagers written as
/// <c>createPageHTML(total, current, "index", "html")</c>.
/// </summary>
public static partial class ListItemExtractor
{
    /// <summary>Most items read from one page.</summary>
    public const int MaxItems = 1000;

    /// <summary>Most elements considered as list items on one page.</summary>
    public const int MaxCandidates = 20_000;

    /// <summary>Most pages derived from a script pager.</summary>
    public const int MaxPagerPages = 500;

    private static readonly string[] ChromeMarkers = ["nav", "menu", "foot", "header", "top", "banner", "crumb", "breadcrumb", "position", "daohang", "weizhi"];

    public static ListPage Extract(IDocument document, Uri pageUrl, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var items = BestGroup(document, pageUrl, asOf);
        var (next, last, numbered) = PagerLinks(document, pageUrl);
        return new ListPage(items, next, last, ScriptPager(document, pageUrl), numbered);
    }

    /// <summary>
    /// Every group of list items on the page (a homepage has several lists: 要闻, 通知公告 …), in
    /// document order; <see cref="Extract"/> keeps only the best one.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ListItem>> ExtractGroups(IDocument document, Uri pageUrl, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        return Groups(document, pageUrl, asOf).Values.ToList();
    }

    private static List<ListItem> BestGroup(IDocument document, Uri pageUrl, DateOnly asOf) => Best(Groups(document, pageUrl, asOf));

    private static Dictionary<IElement, List<ListItem>> Groups(IDocument document, Uri pageUrl, DateOnly asOf)
    {
        var groups = new Dictionary<IElement, List<ListItem>>();
        if (document.Body is null)
        {
            return groups;
        }

        foreach (var candidate in document.Body.QuerySelectorAll("li, tr, dd, dt, p, div, span").Take(MaxCandidates))
        {
            if (candidate.ParentElement is not { } parent || IsChrome(candidate) || DomText.IsInsideHidden(candidate))
            {
                continue;
            }

            var anchors = candidate.QuerySelectorAll("a[href]");
            if (anchors.Length != 1 || candidate.QuerySelectorAll("li, tr, div, p").Length > 0)
            {
                continue;
            }

            var anchor = anchors[0];
            var href = anchor.GetAttribute("href")!.Trim();
            if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                || !Uri.TryCreate(pageUrl, href, out var url) || url.Scheme is not ("http" or "https"))
            {
                continue;
            }

            var title = Collapse(anchor.GetAttribute("title") is { Length: > 0 } t && t.Length >= Collapse(anchor.TextContent).Length ? t : anchor.TextContent);
            if (title.Length < 4)
            {
                continue;
            }

            var text = Collapse(DomText.Visible(candidate));
            var outside = text.Replace(Collapse(anchor.TextContent), " ", StringComparison.Ordinal);
            var date = DateIn(outside, asOf) ?? DateIn(text, asOf);
            if (!groups.TryGetValue(parent, out var list))
            {
                list = [];
                groups[parent] = list;
            }

            if (list.Count < MaxItems)
            {
                list.Add(new ListItem(title, url, date));
            }
        }

        return groups;
    }

    private static List<ListItem> Best(Dictionary<IElement, List<ListItem>> groups)
    {
        List<ListItem>? best = null;
        var bestScore = 0;
        foreach (var list in groups.Values)
        {
            var dated = list.Count(i => i.Date is not null);
            var score = (dated * 3) + list.Count;
            if ((dated > 0 || list.Count >= 3) && score > bestScore)
            {
                best = list;
                bestScore = score;
            }
        }

        return best ?? [];
    }

    private static DateOnly? DateIn(string text, DateOnly asOf)
    {
        var latest = asOf.AddDays(1);
        var full = DateText.FindAll(text).Where(m => m.Date <= latest).ToList();
        if (full.Count > 0)
        {
            return full[^1].Date;
        }

        var monthDays = DateText.FindMonthDays(text, asOf);
        return monthDays.Count > 0 ? monthDays[^1].Date : null;
    }

    private static bool IsChrome(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.LocalName is "nav" or "header" or "footer")
            {
                return true;
            }

            var marks = ((current.Id ?? string.Empty) + " " + (current.ClassName ?? string.Empty)).ToLowerInvariant();
            if (marks.Length > 1 && ChromeMarkers.Any(m => marks.Contains(m, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static (Uri? Next, Uri? Last, List<Uri> Numbered) PagerLinks(IDocument document, Uri pageUrl)
    {
        Uri? next = null;
        Uri? last = null;
        var numbered = new SortedDictionary<int, Uri>();
        var directory = Directory(pageUrl);
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var text = Collapse(anchor.TextContent);
            var href = anchor.GetAttribute("href")!.Trim();
            if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                || !Uri.TryCreate(pageUrl, href, out var url) || url.Scheme is not ("http" or "https") || url == pageUrl)
            {
                continue;
            }

            if (next is null && text is "下一页" or "下页" or "下一页>" or "下一页 >" or ">" or "后一页")
            {
                next = url;
            }
            else if (last is null && text is "尾页" or "末页" or "最后一页" or "最末页" or ">>" or "尾 页")
            {
                last = url;
            }
            // 页码: "2", "[3]" — only to pages of the same directory (a list's pages sit together), page 1 being this one.
            else if (PageNumber().Match(text) is { Success: true } number
                     && int.TryParse(number.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                     && n is >= 2 and <= MaxPagerPages && Directory(url) == directory && numbered.Count < MaxPagerPages)
            {
                numbered.TryAdd(n, url);
            }
        }

        return (next, last, [.. numbered.Values]);
    }

    private static string Directory(Uri url)
    {
        var path = url.GetLeftPart(UriPartial.Path);
        return path[..(path.LastIndexOf('/') + 1)];
    }

    /// <summary>
    /// TRS-style pagers: <c>createPageHTML(total, current, "index", "html")</c> writes links to
    /// index.html, index_1.html … index_{total-1}.html; totals given through a variable
    /// (<c>var countPage = 12</c>) are resolved when assigned a literal in the same page.
    /// </summary>
    private static List<Uri> ScriptPager(IDocument document, Uri pageUrl)
    {
        var pages = new List<Uri>();
        foreach (var script in document.QuerySelectorAll("script:not([src])"))
        {
            var code = script.TextContent;
            var call = CreatePageHtml().Match(code);
            if (!call.Success)
            {
                continue;
            }

            var total = ResolveNumber(code, call.Groups["total"].Value);
            var prefix = call.Groups["prefix"].Value;
            var extension = call.Groups["ext"].Value;
            if (total is null or < 1 || prefix.Length == 0 || extension.Length == 0)
            {
                continue;
            }

            for (var page = 0; page < Math.Min(total.Value, MaxPagerPages); page++)
            {
                var name = page == 0 ? $"{prefix}.{extension}" : $"{prefix}_{page.ToString(CultureInfo.InvariantCulture)}.{extension}";
                if (Uri.TryCreate(pageUrl, name, out var url))
                {
                    pages.Add(url);
                }
            }

            break;
        }

        return pages;
    }

    private static int? ResolveNumber(string code, string token)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var assignment = new Regex(@"\b" + Regex.Escape(token) + @"\s*=\s*(\d{1,6})\b", RegexOptions.None, TimeSpan.FromSeconds(1)).Match(code);
        return assignment.Success ? int.Parse(assignment.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^[\[【]?\s*(\d{1,4})\s*[\]】]?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex("""createPageHTML\(\s*(?<total>\w+)\s*,\s*(?<current>\w+)\s*,\s*["'](?<prefix>[\w.-]+)["']\s*,\s*["'](?<ext>\w+)["']""")]
    private static partial Regex CreatePageHtml();
}
