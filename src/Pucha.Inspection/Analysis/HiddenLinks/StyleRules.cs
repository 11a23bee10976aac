using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.HiddenLinks;

/// <summary>
/// The rules of a page's <c>&lt;style&gt;</c> blocks, enough to know which declarations apply to an
/// element: each rule's selector is resolved once with AngleSharp's selector engine; later rules win,
/// inline style wins over all (no specificity, no external style sheets, no media queries: the
/// injected-link tricks this serves live in the page itself).
/// </summary>
internal sealed partial class StyleRules
{
    /// <summary>Most selectors resolved for one page.</summary>
    public const int MaxRules = 5000;

    /// <summary>Most characters read from one style block.</summary>
    public const int MaxStyleChars = 500_000;

    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);

    private readonly Dictionary<IElement, Dictionary<string, string>> _matched;

    private StyleRules(Dictionary<IElement, Dictionary<string, string>> matched) => _matched = matched;

    /// <summary>Reads the page's style blocks and resolves, once, which elements each rule applies to.</summary>
    public static StyleRules Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var matched = new Dictionary<IElement, Dictionary<string, string>>();
        var count = 0;
        foreach (var style in PageElements.Of(document).Named("style"))
        {
            List<Match> ruleMatches;
            try
            {
                var css = style.TextContent;
                css = CssComment().Replace(css.Length > MaxStyleChars ? css[..MaxStyleChars] : css, " ");
                css = AtBlock().Replace(css, " ");
                ruleMatches = Rule().Matches(css).ToList();
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            foreach (var rule in ruleMatches)
            {
                var declarations = CssDeclarations.Parse(rule.Groups["body"].Value);
                var relevant = declarations.Where(d => IsRelevant(d.Key)).ToList();
                if (relevant.Count == 0)
                {
                    continue;
                }

                foreach (var selector in rule.Groups["selector"].Value.Split(','))
                {
                    var trimmed = selector.Trim();
                    if (trimmed.Length == 0 || trimmed.Contains(':', StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (++count > MaxRules)
                    {
                        return new StyleRules(matched);
                    }

                    IEnumerable<IElement> elements;
                    try
                    {
                        elements = document.QuerySelectorAll(trimmed);
                    }
                    catch (DomException)
                    {
                        continue;
                    }

                    foreach (var element in elements)
                    {
                        if (!matched.TryGetValue(element, out var applied))
                        {
                            applied = new Dictionary<string, string>(StringComparer.Ordinal);
                            matched[element] = applied;
                        }

                        foreach (var (name, value) in relevant)
                        {
                            applied[name] = value;
                        }
                    }
                }
            }
        }

        return new StyleRules(matched);
    }

    /// <summary>The declarations that apply to <paramref name="element"/>: matching rules in order, then its inline style.</summary>
    public IReadOnlyDictionary<string, string> For(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var inlineStyle = element.GetAttribute("style");
        if (string.IsNullOrEmpty(inlineStyle))
        {
            return _matched.TryGetValue(element, out var only) ? only : Empty;
        }

        var result = _matched.TryGetValue(element, out var applied)
            ? new Dictionary<string, string>(applied, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in CssDeclarations.Parse(inlineStyle))
        {
            result[name] = value;
        }

        return result;
    }

    private static bool IsRelevant(string property) => property is "display" or "visibility" or "width" or "height"
        or "font-size" or "position" or "left" or "top" or "text-indent" or "color" or "background-color" or "background"
        or "overflow" or "line-height" or "opacity" or "margin-left" or "margin-top" or "clip";

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"@[a-z-]+[^{;]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|@[a-z-]+[^{;]*;", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AtBlock();

    [GeneratedRegex(@"(?<selector>[^{}]+)\{(?<body>[^{}]*)\}", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Rule();
}
