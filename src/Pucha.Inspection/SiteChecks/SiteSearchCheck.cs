using Pucha.Inspection.Crawling;
using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>
/// 站内搜索: the homepage has a search form, it answers, and up to four titles published on the
/// homepage are found on the first results page (their title in the results' text, or a link to them).
/// </summary>
public static class SiteSearchCheck
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
            var query = form.BuildQueryUrl(item.Title);
            var visit = await context.Fetcher.GetPageAsync(query, cancellationToken).ConfigureAwait(false);
            if (!visit.Succeeded || visit.Html is null)
            {
                return [new Finding(CheckIds.SiteSearch, Severity.Error, $"站内搜索无法使用（{visit.Failure?.Message ?? "结果不是网页"}）", query.AbsoluteUri,
                    new Dictionary<string, object?> { ["form"] = true, ["working"] = false, ["searchUrl"] = query.AbsoluteUri, ["error"] = visit.Failure?.Message, ["status"] = visit.Status })];
            }
            searched.Add(item.Title);
            using var results = parser.ParseDocument(visit.Html);
            var text = TextFolding.Fold(DomText.Visible(results));
            var linked = results.QuerySelectorAll("a[href]").Any(a =>
                Uri.TryCreate(visit.FinalUrl, a.GetAttribute("href"), out var target) && target.AbsoluteUri == item.Url.AbsoluteUri);
            if (!linked && !text.Contains(TextFolding.Fold(item.Title), StringComparison.Ordinal))
                notFound.Add(item.Title);
        }

        if (notFound.Count == 0)
            return [];
        return
        [
            new Finding(CheckIds.SiteSearch, Severity.Warning,
                $"站内搜索未检索到已发布的信息（{notFound.Count}/{searched.Count}）：{string.Join("；", notFound)}", form.Action.AbsoluteUri,
                new Dictionary<string, object?> { ["form"] = true, ["working"] = true, ["found"] = false, ["searched"] = searched.ToArray(), ["notFound"] = notFound.ToArray() }),
        ];
    }
}
