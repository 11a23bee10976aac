using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>
/// A template defect repeats on every page (a footer without its 公安备案号 on 5,000 pages). The
/// template checks' identical findings are merged into one, listing the pages: "url" is the first
/// page (the homepage when it is one), evidence adds "pages", "pageCount" and "onHomepage" (whether the
/// homepage is among the pages). Findings about different page types ("pageType": 内容页面 and 栏目页面
/// are scored apart) are not merged together. Other checks' findings
/// are kept, once each (the same finding from two pages, e.g. a message on its board and on its own page).
/// </summary>
internal static class PageFindingAggregator
{
    /// <summary>Checks whose findings are about the page template rather than the page's own content.</summary>
    public static readonly IReadOnlySet<string> TemplateChecks = new HashSet<string>
    {
        CheckIds.SiteIdentity, CheckIds.ErrorReportEntry, CheckIds.PageLabels, CheckIds.Compatibility,
    };

    public const int MaxPagesListed = 1000;

    public static IEnumerable<Finding> Merge(IEnumerable<Finding> findings, Uri homepage)
    {
        var home = homepage.AbsoluteUri;
        var merged = new Dictionary<(string Check, string Message, string? PageType), List<Finding>>();
        var seen = new HashSet<(string, string?, string)>();
        foreach (var finding in findings)
        {
            if (!TemplateChecks.Contains(finding.Check))
            {
                // A message listed on its board and shown on its own page is judged twice, alike.
                if (seen.Add((finding.Check, finding.Url, finding.Message)))
                    yield return finding;
                continue;
            }
            var key = (finding.Check, finding.Message, finding.Evidence.GetValueOrDefault("pageType") as string);
            if (!merged.TryGetValue(key, out var group))
                merged[key] = group = [];
            group.Add(finding);
        }

        foreach (var group in merged.Values)
        {
            var pages = group.Select(f => f.Url ?? "").Distinct(StringComparer.Ordinal)
                .OrderBy(u => u == home ? 0 : 1).ThenBy(u => u, StringComparer.Ordinal).ToList();
            var first = group.First(f => (f.Url ?? "") == pages[0]);
            var evidence = new Dictionary<string, object?>(first.Evidence)
            {
                ["pages"] = pages.Take(MaxPagesListed).ToArray(),
                ["pageCount"] = pages.Count,
                ["onHomepage"] = pages.Contains(home, StringComparer.Ordinal),
            };
            var message = pages.Count > 1 ? $"{first.Message}（{pages.Count}个页面）" : first.Message;
            yield return first with { Url = pages[0], Message = message, Evidence = evidence };
        }
    }
}
