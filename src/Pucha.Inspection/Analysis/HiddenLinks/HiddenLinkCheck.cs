using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.HiddenLinks;

/// <summary>
/// 暗链: links or text hidden by inline or <c>&lt;style&gt;</c> CSS (see <see cref="HidingTechnique"/>)
/// that point outside the site or carry dictionary terms. Hidden menus and tabs pointing inside
/// the site are ordinary and not reported, nor are hidden links to government services
/// (hosts under .gov.cn or .gov, the conac badge, ICP/police record portals, the national
/// jiucuo service) and to <see cref="KnownServiceHosts"/> (share pop-ups, statistics, CMS vendors),
/// which templates often keep hidden; the caller may add hosts. Evidence: target, technique, text; plus
/// term when a dictionary term was found.
/// </summary>
internal sealed class HiddenLinkCheck(LexiconScanner? terms = null, IReadOnlyCollection<string>? extraServiceHosts = null) : IPageCheck
{
    /// <summary>Most findings reported for one page.</summary>
    public const int MaxFindingsPerPage = 50;

    /// <summary>
    /// Hosts (and their subdomains) of services pages embed in hidden pop-ups: share buttons, web
    /// statistics, the CMS vendors' 技术支持 links. Seen hidden on real government pages.
    /// </summary>
    public static IReadOnlyList<string> KnownServiceHosts { get; } =
    [
        "bshare.cn", "jiathis.com", "qq.com", "weibo.com", "weibo.cn", "baidu.com", "douban.com", "renren.com",
        "kaixin001.com", "t.cn", "cnzz.com", "51.la", "hanweb.com", "trs.com.cn", "ucap.com.cn", "conac.cn", "kaipuyun.cn",
        "people.com.cn", "xinhuanet.com", "news.cn", "cctv.com",
    ];

    private static readonly string[] ServiceMarkers = ["conac", "jiucuo", "beian", "kaipuyun", "miit.gov"];

    public IEnumerable<Finding> Check(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var body = page.Document.Body;
        if (body is null)
        {
            return [];
        }

        var rules = StyleRules.Read(page.Document);
        var findings = new List<Finding>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0 && findings.Count < MaxFindingsPerPage)
        {
            var element = stack.Pop();
            if (element.LocalName is "script" or "style" or "noscript" or "template")
            {
                continue;
            }

            var technique = element == body ? null : HidingTechnique.Detect(rules.For(element));
            if (technique is not null)
            {
                Inspect(page, element, technique, findings);
                continue;
            }

            // ChildNodes is an indexed list; Children is a live collection that rescans on every index.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return findings;
    }

    private void Inspect(PageContext page, IElement hidden, string technique, List<Finding> findings)
    {
        var anchors = new List<IElement>();
        if (hidden.LocalName == "a" && hidden.HasAttribute("href"))
        {
            anchors.Add(hidden);
        }

        anchors.AddRange(hidden.QuerySelectorAll("a[href]"));
        foreach (var anchor in anchors)
        {
            if (findings.Count >= MaxFindingsPerPage)
            {
                return;
            }

            var text = Bound(Collapse(anchor.TextContent));
            if (!Uri.TryCreate(page.Url, anchor.GetAttribute("href")!.Trim(), out var target))
            {
                continue;
            }

            var external = target.Scheme is "http" or "https" && !page.Site.IsInScope(target) && !IsGovernmentService(target) && !IsKnownService(target);
            var term = FirstTerm(anchor.TextContent + " " + anchor.GetAttribute("title"));
            if (!external && term is null)
            {
                continue;
            }

            findings.Add(new Finding(
                CheckIds.HiddenLink,
                Severity.Error,
                term is null
                    ? $"页面含有隐藏的外部链接（暗链）：{target}"
                    : $"页面隐藏内容含有词典词语「{term}」的链接：{target}",
                page.Url.ToString(),
                new Dictionary<string, object?>
                {
                    ["target"] = target.ToString(),
                    ["technique"] = technique,
                    ["text"] = text,
                    ["term"] = term,
                    ["external"] = external,
                }));
        }

        if (anchors.Count == 0 && FirstTerm(DomText.All(hidden)) is { } hiddenTerm && findings.Count < MaxFindingsPerPage)
        {
            findings.Add(new Finding(
                CheckIds.HiddenLink,
                Severity.Error,
                $"页面隐藏文字含有词典词语「{hiddenTerm}」",
                page.Url.ToString(),
                new Dictionary<string, object?>
                {
                    ["target"] = null,
                    ["technique"] = technique,
                    ["text"] = Bound(Collapse(DomText.All(hidden))),
                    ["term"] = hiddenTerm,
                }));
        }
    }

    private string? FirstTerm(string text)
    {
        if (terms is null || text.Length == 0)
        {
            return null;
        }

        var hits = new List<LexiconHit>();
        terms.Scan(text, hits);
        return hits.Count == 0 ? null : text.Substring(hits[0].Start, hits[0].Length);
    }

    /// <summary>Government services that templates legitimately keep in hidden blocks.</summary>
    internal static bool IsGovernmentService(Uri target)
    {
        var host = target.IdnHost;
        if (host.EndsWith(".gov.cn", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".gov", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var url = target.ToString();
        return ServiceMarkers.Any(marker => url.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }

    private bool IsKnownService(Uri target)
    {
        var host = target.IdnHost;
        return KnownServiceHosts.Concat(extraServiceHosts ?? []).Any(known =>
            host.Equals(known, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + known, StringComparison.OrdinalIgnoreCase));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Bound(string text) => text.Length <= 100 ? text : text[..100];
}
