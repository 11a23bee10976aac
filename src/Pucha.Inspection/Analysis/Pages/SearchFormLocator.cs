using AngleSharp.Dom;

namespace Pucha.Inspection.Analysis.Pages;

/// <summary>
/// Finds the site search form on a page: a form with a text/search input whose name is a usual
/// query name (q, query, keyword, searchword …), or whose action, placeholder or submit button
/// says search (search, 搜索, 检索). Returns the action URL (the page itself when empty), the
/// method, the query parameter name and the hidden fields.
/// </summary>
internal static class SearchFormLocator
{
    private static readonly string[] QueryNames = ["q", "query", "keyword", "keywords", "searchword", "searchWord", "wd", "kw", "key", "word", "sw", "text", "qt", "searchKey", "searchText"];

    public static SiteSearchForm? Locate(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        SiteSearchForm? fallback = null;
        foreach (var form in document.QuerySelectorAll("form"))
        {
            var inputs = form.QuerySelectorAll("input[name]")
                .Where(i => (i.GetAttribute("type") ?? "text").ToLowerInvariant() is "text" or "search" or "")
                .ToList();
            if (inputs.Count == 0)
            {
                continue;
            }

            var action = (form.GetAttribute("action") ?? string.Empty).Trim();
            if (action.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                action = string.Empty;
            }

            if (!Uri.TryCreate(pageUrl, action, out var actionUrl) || actionUrl.Scheme is not ("http" or "https"))
            {
                continue;
            }

            var method = (form.GetAttribute("method") ?? "get").Trim().ToUpperInvariant() == "POST" ? "POST" : "GET";
            var hidden = form.QuerySelectorAll("input[type=hidden][name]")
                .GroupBy(i => i.GetAttribute("name")!)
                .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? string.Empty, StringComparer.Ordinal);

            var named = inputs.FirstOrDefault(i => QueryNames.Contains(i.GetAttribute("name")!, StringComparer.OrdinalIgnoreCase));
            var formSaysSearch = SaysSearch(action) || SaysSearch(form.Id) || SaysSearch(form.ClassName)
                || form.QuerySelectorAll("input[type=submit], input[type=image], button, input[placeholder]")
                    .Any(b => SaysSearch(b.GetAttribute("value")) || SaysSearch(b.TextContent) || SaysSearch(b.GetAttribute("placeholder")) || SaysSearch(b.GetAttribute("alt")));
            if (named is not null && formSaysSearch)
            {
                return new SiteSearchForm(actionUrl, method, named.GetAttribute("name")!, hidden);
            }

            if (fallback is null && (named is not null || formSaysSearch))
            {
                fallback = new SiteSearchForm(actionUrl, method, (named ?? inputs[0]).GetAttribute("name")!, hidden);
            }
        }

        return fallback;
    }

    private static bool SaysSearch(string? text) =>
        !string.IsNullOrEmpty(text)
        && (text.Contains("search", StringComparison.OrdinalIgnoreCase) || text.Contains("搜索", StringComparison.Ordinal)
            || text.Contains("检索", StringComparison.Ordinal) || text.Contains("sousuo", StringComparison.OrdinalIgnoreCase)
            || text.Contains("查询", StringComparison.Ordinal));
}
