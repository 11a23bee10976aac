using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Identity;

/// <summary>
/// 「我为政府网站找错」 entry on every page: the national jiucuo script (<c>script#_jiucuo_</c> or a
/// script whose src names jiucuo), a link, frame or image to a jiucuo page, or a link/button whose
/// text says 纠错/找错. Entries inside HTML comments do not count (the parser drops comments); nor
/// does an empty placeholder span or a script that only sets attributes of an element the page
/// lacks. Markup written by inline scripts counts. An entry hidden inline is reported as a warning.
/// </summary>
internal sealed class ErrorReportEntryCheck : IPageCheck
{
    public IEnumerable<Finding> Check(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var entry = Find(page.Document);
        if (!entry.Present)
        {
            return
            [
                new Finding(CheckIds.ErrorReportEntry, Severity.Error, "页面未设置「我为政府网站找错」入口", page.Url.ToString(),
                    new Dictionary<string, object?> { ["present"] = false, ["onHomepage"] = page.Kind == PageKind.Home }),
            ];
        }

        if (entry.Hidden)
        {
            return
            [
                new Finding(CheckIds.ErrorReportEntry, Severity.Warning, "「我为政府网站找错」入口被隐藏，访问者看不到", page.Url.ToString(),
                    new Dictionary<string, object?> { ["present"] = true, ["hidden"] = true, ["entry"] = entry.Evidence, ["onHomepage"] = page.Kind == PageKind.Home }),
            ];
        }

        return [];
    }

    public static ErrorReportEntry Find(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = FindIn(document);
        if (found is { Hidden: false })
        {
            return found;
        }

        if (ScriptMarkup.Parse(document) is { } scripted && FindIn(scripted) is { } written)
        {
            return written;
        }

        return found ?? new ErrorReportEntry(false, false, null);
    }

    private static ErrorReportEntry? FindIn(IDocument document)
    {
        ErrorReportEntry? hidden = null;
        foreach (var element in PageElements.Of(document).All)
        {
            if (element.LocalName is not ("script" or "a" or "iframe" or "img" or "button") || !IsEntry(element, out var evidence))
            {
                continue;
            }

            var entry = new ErrorReportEntry(true, DomText.IsInsideHidden(element), Bound(evidence));
            if (!entry.Hidden)
            {
                return entry;
            }

            hidden ??= entry;
        }

        return hidden;
    }

    private static bool IsEntry(IElement element, out string evidence)
    {
        var link = element.GetAttribute("src") ?? element.GetAttribute("href") ?? string.Empty;
        evidence = link;
        switch (element.LocalName)
        {
            case "script":
                return element.Id == "_jiucuo_" || link.Contains("jiucuo", StringComparison.OrdinalIgnoreCase);
            case "iframe" or "img":
                if (link.Contains("jiucuo", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                var label = (element.GetAttribute("alt") ?? string.Empty) + (element.GetAttribute("title") ?? string.Empty);
                evidence = label;
                return element.LocalName == "img" && (label.Contains("找错", StringComparison.Ordinal) || label.Contains("纠错", StringComparison.Ordinal));
            default:
                if (link.Contains("jiucuo", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                var text = element.TextContent;
                evidence = text.Trim();
                return text.Contains("找错", StringComparison.Ordinal) || text.Contains("纠错", StringComparison.Ordinal);
        }
    }

    private static string Bound(string value) => value.Length <= 200 ? value : value[..200];
}
