using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>
/// 首页更新: the dated items of the homepage's lists and how many fall in the 2 weeks before the
/// monitoring date. No dated item, or none new in 2 weeks: veto (首页不更新; an item without a date
/// counts as not updated). 2015 sheet: fewer than 10 new items costs points, reported as a warning.
/// </summary>
internal static class HomepageUpdateCheck
{
    public const int WindowDays = 14;
    public const int ExpectedNewItems = 10;

    public static IReadOnlyList<Finding> Run(SiteCheckContext context) => Judge(context, HomepageItems(context), secondLevelPages: null);

    /// <summary>
    /// The homepage is only a navigation portal (<see cref="Analysis.Pages.NavigationHomepage"/>): the items of
    /// all second-level pages are judged instead, each URL once.
    /// </summary>
    public static IReadOnlyList<Finding> RunOnSecondLevel(SiteCheckContext context, IEnumerable<(Uri Page, IReadOnlyList<ListItem> Items)> pages)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ListItem>();
        var pageCount = 0;
        foreach (var (_, pageItems) in pages)
        {
            pageCount++;
            items.AddRange(pageItems.Where(item => seen.Add(item.Url.AbsoluteUri)));
        }
        return Judge(context, items, pageCount);
    }

    private static IReadOnlyList<Finding> Judge(SiteCheckContext context, List<ListItem> items, int? secondLevelPages)
    {
        var where = secondLevelPages is null ? "首页" : "首页仅为栏目导航入口，其二级页面";
        var windowStart = context.AsOf.AddDays(-WindowDays);
        var dated = items.Where(i => i.Date is not null && i.Date <= context.AsOf).ToList();
        var recent = dated.Count(i => i.Date >= windowStart);
        var newest = dated.Count > 0 ? dated.Max(i => i.Date) : null;
        var url = context.Homepage.FinalUrl.AbsoluteUri;
        var evidence = new Dictionary<string, object?>
        {
            ["items"] = items.Count,
            ["datedItems"] = dated.Count,
            ["recentItems"] = recent,
            // The name the indicator sets read (首页不更新: newItems eq 0; 2015: newItems lt 10).
            ["newItems"] = recent,
            ["newest"] = newest,
            ["windowDays"] = WindowDays,
            ["windowStart"] = windowStart,
        };
        if (secondLevelPages is { } pages)
        {
            evidence["navigationHomepage"] = true;
            evidence["secondLevelPages"] = pages;
        }

        if (dated.Count == 0)
            return [new Finding(CheckIds.HomepageUpdate, Severity.Veto, $"{where}信息均无发布日期，视为首页不更新", url, evidence)];
        if (recent == 0)
            return [new Finding(CheckIds.HomepageUpdate, Severity.Veto, $"{where}近2周（{windowStart:yyyy-MM-dd} 至 {context.AsOf:yyyy-MM-dd}）无新增信息，最新信息发布于 {newest:yyyy-MM-dd}", url, evidence)];
        if (recent < ExpectedNewItems)
            return [new Finding(CheckIds.HomepageUpdate, Severity.Warning, $"{where}近2周新增信息 {recent} 条，少于 {ExpectedNewItems} 条", url, evidence)];
        return [];
    }

    /// <summary>Every list item of the homepage, each URL once (the same item may be in two lists).</summary>
    public static List<ListItem> HomepageItems(SiteCheckContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<ListItem>();
        foreach (var group in ListItemExtractor.ExtractGroups(context.HomepageDocument, context.Homepage.FinalUrl, context.AsOf))
        {
            foreach (var item in group)
            {
                if (seen.Add(item.Url.AbsoluteUri))
                    items.Add(item);
            }
        }
        return items;
    }
}
