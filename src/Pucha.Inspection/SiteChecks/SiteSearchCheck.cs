using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>
/// 站内搜索: the homepage has a search form, it answers, and up to four titles published on the
/// homepage are found on the first results page: a result link that points to the item or whose text
/// is its title (a title shortened with an ellipsis counts). The title merely appearing in the page's
/// text does not: results pages echo the query (检索“…”的结果), found or not.
/// The form is submitted as it says: GET with the fields in the query, or POST with them in the body
/// (many CMS search boxes post).
/// </summary>
internal static class SiteSearchCheck
{
    public const int TitlesSearched = 4;

    public static async Task<IReadOnlyList<Finding>> RunAsync(SiteCheckContext context, CancellationToken cancellationToken)
    {
        var home = context.Homepage.FinalUrl;
        var form = SearchFormLocator.Locate(context.HomepageDocument, home);
        if (form is null)
        {
            return [new Finding(CheckIds.SiteSearch, Severity.Error, "首页未提供站内搜索", home.AbsoluteUri,
                new Dictionary<string, object?> { ["form"] = false, ["working"] = false })];
        }

        var titles = HomepageUpdateCheck.HomepageItems(context)
            .Where(i => i.Title.Length >= 4)
            .OrderByDescending(i => i.Date ?? DateOnly.MinValue)
            .Take(TitlesSearched)
            .ToList();
        var parser = PageParser.Create();
        var notFound = new List<string>();
        var searched = new List<string>();
        foreach (var item in titles)
        {
            var query = form.IsPost ? form.Action : form.BuildQueryUrl(item.Title);
            var visit = form.IsPost
                ? await context.Fetcher.PostFormAsync(form.Action, form.Fields(item.Title), cancellationToken).ConfigureAwait(false)
                : await context.Fetcher.GetPageAsync(query, cancellationToken).ConfigureAwait(false);
            if (!visit.Succeeded || visit.Html is null)
            {
                return [new Finding(CheckIds.SiteSearch, Severity.Error, $"站内搜索无法使用（{visit.Failure?.Message ?? "结果不是网页"}）", query.AbsoluteUri,
                    new Dictionary<string, object?>
                    {
                        ["form"] = true, ["working"] = false, ["method"] = form.Method, ["searchUrl"] = query.AbsoluteUri,
                        ["query"] = item.Title, ["error"] = visit.Failure?.Message, ["status"] = visit.Status,
                    })];
            }
            searched.Add(item.Title);
            using var results = parser.ParseDocument(visit.Html);
            var title = TextFolding.Fold(item.Title).Trim();
            var found = results.QuerySelectorAll("a[href]").Any(a =>
                (Uri.TryCreate(visit.FinalUrl, a.GetAttribute("href"), out var target) && target.AbsoluteUri == item.Url.AbsoluteUri)
                || NamesTitle(TextFolding.Fold(a.TextContent).Trim(), title));
            if (!found)
                notFound.Add(item.Title);
        }

        if (notFound.Count == 0)
            return [];
        return
        [
            new Finding(CheckIds.SiteSearch, Severity.Warning,
                $"站内搜索未检索到已发布的信息（{notFound.Count}/{searched.Count}）：{string.Join("；", notFound)}", form.Action.AbsoluteUri,
                new Dictionary<string, object?> { ["form"] = true, ["working"] = true, ["method"] = form.Method, ["found"] = false, ["searched"] = searched.ToArray(), ["notFound"] = notFound.ToArray() }),
        ];
    }

    /// <summary>Whether a result link's text is the title, whole or cut short with an ellipsis (at least 6 characters kept).</summary>
    private static bool NamesTitle(string linkText, string title)
    {
        if (linkText.Contains(title, StringComparison.Ordinal))
            return true;
        var shortened = linkText.TrimEnd('.', '…', ' ');
        return shortened.Length >= 6 && shortened.Length < linkText.Length && title.StartsWith(shortened, StringComparison.Ordinal);
    }
}
