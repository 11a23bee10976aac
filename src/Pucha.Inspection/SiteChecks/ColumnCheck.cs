using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Columns;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>
/// 栏目更新 and 空白栏目: each column's list page (from --columns, or the column links of the
/// homepage navigation) is read as one list over its pages (<see cref="ColumnPagesReader"/>, at most
/// <see cref="InspectionOptions.MaxListPagesPerColumn"/>; an item repeated on two pages counts once); its
/// newest date over all pages is held to the column kind's limit (动态/要闻 2 weeks, 通知公告/政策文件 6 months, 人事/规划计划 1 year).
/// A column whose every page has no items, or only a placeholder (暂无信息), is empty.
/// </summary>
internal static class ColumnCheck
{
    /// <summary>Columns discovered on the homepage at most.</summary>
    public const int MaxDiscoveredColumns = 40;

    public static async Task<IReadOnlyList<Finding>> RunAsync(SiteCheckContext context, Analysis.SiteProfile site, CancellationToken cancellationToken)
    {
        var declared = context.Options.Columns is not null;
        var columns = context.Options.Columns ?? Discover(context.HomepageDocument, context.Homepage.FinalUrl, site);
        var findings = new List<Finding>();
        var parser = PageParser.Create();
        foreach (var column in columns)
            findings.AddRange(await CheckColumnAsync(context, column, declared, parser, cancellationToken).ConfigureAwait(false));
        return findings;
    }

    private static async Task<IReadOnlyList<Finding>> CheckColumnAsync(SiteCheckContext context, ColumnDefinition column, bool declared,
        HtmlParser parser, CancellationToken cancellationToken)
    {
        var rule = ColumnUpdateDutyClassifier.Classify(column.Kind is { Length: > 0 } kind ? kind + column.Name : column.Name);
        var read = await ColumnPagesReader.ReadAsync(context.Fetcher, parser, column.Url, context.AsOf,
            context.Options.MaxListPagesPerColumn, cancellationToken).ConfigureAwait(false);
        if (!read.Opened)
        {
            // A linked column that does not open is already a broken link; a declared one is reported here.
            if (!declared)
                return [];
            var error = read.ErrorPageText ?? read.Failure?.Message ?? "不是网页";
            var message = read.ErrorPageText is not null ? $"栏目「{column.Name}」页面为错误页面（{error}）" : $"栏目「{column.Name}」无法访问（{error}）";
            return [new Finding(CheckIds.ColumnUpdate, Severity.Error, message, column.Url.AbsoluteUri, Evidence(column, rule, read.List, context.AsOf, error))];
        }

        var list = read.List;
        if (list.EmptyReason is { } emptyReason)
        {
            return
            [
                new Finding(CheckIds.EmptyColumn, Severity.Warning, $"空白栏目「{column.Name}」：{emptyReason}", column.Url.AbsoluteUri,
                    new Dictionary<string, object?> { ["column"] = column.Name, ["reason"] = emptyReason, ["listPages"] = PageList(list) }),
            ];
        }

        if (!rule.HasLimit)
            return [];
        var newest = list.Newest(context.AsOf);
        var oldestAllowed = rule.OldestAllowed(context.AsOf)!.Value;
        if (newest is null)
        {
            return
            [
                new Finding(CheckIds.ColumnUpdate, Severity.Error, $"栏目「{column.Name}」的信息均无发布日期，视为未更新（应{rule.Describe()}内更新）",
                    column.Url.AbsoluteUri, Evidence(column, rule, list, context.AsOf, null)),
            ];
        }
        if (newest < oldestAllowed)
        {
            return
            [
                new Finding(CheckIds.ColumnUpdate, Severity.Error,
                    $"栏目「{column.Name}」超过{rule.Describe()}未更新，最新信息发布于 {newest:yyyy-MM-dd}",
                    column.Url.AbsoluteUri, Evidence(column, rule, list, context.AsOf, null)),
            ];
        }
        return [];
    }

    private static Dictionary<string, object?> Evidence(ColumnDefinition column, ColumnUpdateRule rule, PaginatedList list, DateOnly asOf, string? error)
    {
        var evidence = new Dictionary<string, object?>
        {
            ["column"] = column.Name,
            ["kind"] = rule.Kind.ToString(),
            ["newest"] = list.Newest(asOf),
            ["limitDays"] = rule.OldestAllowed(asOf) is { } oldest ? asOf.DayNumber - oldest.DayNumber : null,
        };
        if (error is not null)
        {
            evidence["error"] = error;
            return evidence;
        }
        // The column as one list over its pages: distinct items, and the list pages read.
        evidence["items"] = list.Items.Count;
        evidence["listPages"] = PageList(list);
        return evidence;
    }

    private static string[] PageList(PaginatedList list) => [.. list.Pages.Select(p => p.AbsoluteUri)];

    /// <summary>
    /// The homepage's column links: in-site links whose text names a column with an update duty
    /// (…动态, 通知公告, 政策文件, 人事…), preferring the navigation; each address once.
    /// </summary>
    public static IReadOnlyList<ColumnDefinition> Discover(IDocument homepage, Uri homepageUrl, Analysis.SiteProfile site)
    {
        var columns = new List<ColumnDefinition>();
        var seenUrls = new HashSet<string>(StringComparer.Ordinal);
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var anchor in homepage.QuerySelectorAll("a[href]"))
        {
            var name = string.Concat((anchor.TextContent ?? "").Where(c => !char.IsWhiteSpace(c)));
            if (name.Length is < 2 or > 12 || ColumnUpdateDutyClassifier.Classify(name) is not { HasLimit: true })
                continue;
            var url = UrlNormalizer.Resolve(homepageUrl, anchor.GetAttribute("href")!);
            if (url is null || !site.IsInScope(url) || LinkExtractor.IsResourcePath(url.AbsolutePath) || url.AbsoluteUri == homepageUrl.AbsoluteUri)
                continue;
            // A list item's headline (e.g. 「县政府召开…工作动态会」) is not a column: column names are short and are not dated items.
            if (anchor.Closest("li, tr, dd")?.TextContent is { } itemText && Analysis.Dates.DateText.FindAll(itemText).Count > 0)
                continue;
            if (seenUrls.Add(url.AbsoluteUri) && seenNames.Add(name))
                columns.Add(new ColumnDefinition(null, null, name, url));
            if (columns.Count >= MaxDiscoveredColumns)
                break;
        }
        return columns;
    }
}
