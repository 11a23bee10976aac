using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Labels;

/// <summary>
/// 页面元数据: SiteName, SiteDomain, SiteIDCode on every page; ColumnName, ColumnDescription,
/// ColumnKeywords, ColumnType on column pages; ArticleTitle, PubDate, ContentSource on article
/// pages. Evidence <c>missing</c> lists absent labels, <c>empty</c> labels present without a value;
/// a SiteIDCode other than the registry's is reported too.
/// </summary>
internal sealed class PageLabelsCheck : IPageCheck
{
    public IEnumerable<Finding> Check(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var labels = PageLabels.Read(page.Document);
        var expected = PageLabels.ExpectedFor(page.Kind);
        var missing = expected.Where(name => !labels.IsPresent(name)).ToArray();
        var empty = expected.Where(name => labels[name] is { Length: 0 }).ToArray();
        var findings = new List<Finding>();
        if (missing.Length > 0 || empty.Length > 0)
        {
            var parts = new List<string>();
            if (missing.Length > 0)
            {
                parts.Add("缺少 " + string.Join("、", missing));
            }

            if (empty.Length > 0)
            {
                parts.Add("内容为空 " + string.Join("、", empty));
            }

            findings.Add(new Finding(
                CheckIds.PageLabels,
                Severity.Warning,
                "页面元数据不规范：" + string.Join("；", parts),
                page.Url.ToString(),
                new Dictionary<string, object?> { ["missing"] = missing, ["empty"] = empty, ["kind"] = page.Kind.ToString(), ["pageType"] = PageType(page.Kind) }));
        }

        if (labels["SiteIDCode"] is { Length: > 0 } code && page.Site.ExpectedSiteCode is { Length: > 0 } registered
            && !string.Equals(code, registered.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new Finding(
                CheckIds.PageLabels,
                Severity.Warning,
                $"页面元数据 SiteIDCode「{code}」与登记的网站标识码「{registered.Trim()}」不一致",
                page.Url.ToString(),
                new Dictionary<string, object?> { ["siteIdCode"] = code, ["expectedSiteCode"] = registered.Trim(), ["pageType"] = PageType(page.Kind) }));
        }

        return findings;
    }

    /// <summary>
    /// The page type the indicator sets tell apart (内容页面 vs 栏目页面): "article" for a content page,
    /// otherwise the kind in lower case ("column", "home", …).
    /// </summary>
    public static string PageType(PageKind kind) => kind switch
    {
        PageKind.Article => "article",
        PageKind.ServiceGuide => "service-guide",
        PageKind.MessageBoard => "message-board",
        PageKind.SearchResults => "search-results",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
