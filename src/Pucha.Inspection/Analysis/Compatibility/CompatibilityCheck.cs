using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Compatibility;

/// <summary>
/// 兼容性: what only works in Internet Explorer. ActiveX objects (<c>&lt;object classid&gt;</c>,
/// <c>&lt;embed&gt;</c> of an ActiveX type), VBScript (<c>&lt;script language="vbscript"&gt;</c> or
/// type text/vbscript), and prompts telling visitors to use IE (请使用IE浏览器、建议使用IE…, in the
/// visible text). One finding per kind, evidence {kind, items[]}. A feature-detection fallback
/// such as <c>new ActiveXObject("Microsoft.XMLHTTP")</c> in a script is not reported.
/// </summary>
internal sealed partial class CompatibilityCheck : IPageCheck
{
    public const string ActiveX = "activex";
    public const string VbScript = "vbscript";
    public const string IeOnlyPrompt = "ie-only-prompt";

    public IEnumerable<Finding> Check(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var document = page.Document;
        var url = page.Url.ToString();
        var findings = new List<Finding>();

        var elements = PageElements.Of(document);
        var activeXElements = new List<IElement>();
        foreach (var element in elements.All)
        {
            if (IsActiveX(element))
            {
                activeXElements.Add(element);
            }
        }

        var activeX = activeXElements
            .Select(e => e.GetAttribute("classid") ?? e.GetAttribute("type") ?? e.LocalName)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(20)
            .ToArray();
        if (activeX.Length > 0)
        {
            findings.Add(Make(ActiveX, "页面使用 ActiveX 控件，仅 IE 浏览器可用", url, activeX));
        }

        var vbScripts = elements.Named("script")
            .Where(s => (s.GetAttribute("language") ?? string.Empty).Contains("vbscript", StringComparison.OrdinalIgnoreCase)
                || (s.GetAttribute("type") ?? string.Empty).Contains("vbscript", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.GetAttribute("src") ?? Bound(s.TextContent.Trim()))
            .Take(20)
            .ToArray();
        if (vbScripts.Length > 0)
        {
            findings.Add(Make(VbScript, "页面使用 VBScript 脚本，主流浏览器不支持", url, vbScripts));
        }

        var text = DomText.Visible(document);
        var folded = DomText.VisibleFolded(document);
        var prompts = (MayHoldIePrompt(folded) ? IePrompt().Matches(folded) : (IEnumerable<Match>)[])
            .Select(m => Bound(text.Substring(m.Index, m.Length)))
            .Distinct(StringComparer.Ordinal)
            .Take(20)
            .ToArray();
        if (prompts.Length > 0)
        {
            findings.Add(Make(IeOnlyPrompt, "页面提示访问者使用 IE 浏览器，未兼容主流浏览器", url, prompts));
        }

        return findings;
    }

    /// <summary>The elements of <c>object[classid], embed[type*='activex' i], object[type*='activex' i]</c>.</summary>
    private static bool IsActiveX(IElement element) => element.LocalName switch
    {
        "object" => element.HasAttribute("classid") || (element.GetAttribute("type") ?? string.Empty).Contains("activex", StringComparison.OrdinalIgnoreCase),
        "embed" => (element.GetAttribute("type") ?? string.Empty).Contains("activex", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>
    /// Whether the folded text holds a literal that every match of <see cref="IePrompt"/> contains
    /// ("ie", "internet" or "微软"). The regex's own search for a starting position falls back to a
    /// slow per-character scan (its starting set holds CJK characters); these ordinal searches are
    /// vectorized, and on the pages without them the regex has nothing to find.
    /// </summary>
    private static bool MayHoldIePrompt(string folded) =>
        folded.Contains("ie", StringComparison.Ordinal)
        || folded.Contains("internet", StringComparison.Ordinal)
        || folded.Contains("微软", StringComparison.Ordinal);

    private static Finding Make(string kind, string message, string url, string[] items) =>
        new(CheckIds.Compatibility, Severity.Warning, message, url,
            new Dictionary<string, object?> { ["kind"] = kind, ["items"] = items });

    private static string Bound(string value) => value.Length <= 200 ? value : value[..200];

    // Over folded text: letters are lower case, full-width folded.
    [GeneratedRegex(@"(?:请|建议|最好|推荐|需|需要|必须|只能|仅支持|只支持|请您)(?:使用|用|采用|在)?\s*(?:ie|internet\s*explorer|微软)\s*\d*\s*(?:浏览器|内核|及以上|以上|版本|\d)[^\n。！!]{0,20}|(?:仅|只)(?:支持|能在)\s*(?:ie|internet\s*explorer)[^\n。！!]{0,20}", RegexOptions.CultureInvariant)]
    private static partial Regex IePrompt();
}
