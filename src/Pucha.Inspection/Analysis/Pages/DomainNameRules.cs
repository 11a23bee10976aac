using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Pages;

/// <summary>
/// 域名与名称 rules on the homepage: a portal (政府门户网站) must be under .gov.cn; the site's name
/// must carry the region's or department's name; the name must be shown in the page header (the
/// title, a logo's alt text or the first part of the visible text).
/// </summary>
internal static class DomainNameRules
{
    /// <summary>How much of the visible text counts as the header.</summary>
    public const int HeaderChars = 800;

    /// <param name="site">The site (its homepage URL and registered name).</param>
    /// <param name="homepage">The parsed homepage.</param>
    /// <param name="isPortal">Whether the site is a 政府门户网站.</param>
    /// <param name="regionOrDepartment">The region's or department's name (e.g. 北京市朝阳区, 教育部), when known.</param>
    public static IReadOnlyList<Finding> Evaluate(SiteProfile site, IDocument homepage, bool isPortal, string? regionOrDepartment = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(homepage);
        var url = site.Homepage.ToString();
        var findings = new List<Finding>();
        var host = site.Homepage.IdnHost.ToLowerInvariant();
        if (isPortal && !host.EndsWith(".gov.cn", StringComparison.Ordinal))
        {
            findings.Add(new Finding(CheckIds.DomainName, Severity.Error, $"政府门户网站域名「{host}」未使用 .gov.cn 结尾", url,
                new Dictionary<string, object?> { ["problem"] = "domain", ["host"] = host }));
        }

        var name = site.ExpectedName?.Trim();
        if (!string.IsNullOrEmpty(name) && !string.IsNullOrWhiteSpace(regionOrDepartment)
            && !NameCarries(name, regionOrDepartment.Trim()))
        {
            findings.Add(new Finding(CheckIds.DomainName, Severity.Warning, $"网站名称「{name}」未体现地区或部门名称「{regionOrDepartment.Trim()}」", url,
                new Dictionary<string, object?> { ["problem"] = "name", ["name"] = name, ["regionOrDepartment"] = regionOrDepartment.Trim() }));
        }

        if (!string.IsNullOrEmpty(name) && !ShownInHeader(homepage, name))
        {
            findings.Add(new Finding(CheckIds.DomainName, Severity.Warning, $"首页头部未显示网站名称「{name}」", url,
                new Dictionary<string, object?> { ["problem"] = "header", ["name"] = name, ["title"] = homepage.Title }));
        }

        return findings;
    }

    /// <summary>
    /// Whether the name carries the region/department, allowing the usual short forms: 人民政府 and the
    /// level words 省/市/区/县 are ignored on both sides (北京朝阳 carries 北京市朝阳区).
    /// </summary>
    public static bool NameCarries(string name, string regionOrDepartment)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(regionOrDepartment);
        var folded = TextFolding.Fold(name);
        var target = TextFolding.Fold(regionOrDepartment);
        if (folded.Contains(target, StringComparison.Ordinal))
        {
            return true;
        }

        var shortName = Shorten(folded);
        var shortTarget = Shorten(target);
        return shortTarget.Length >= 2 && shortName.Contains(shortTarget, StringComparison.Ordinal);
    }

    private static string Shorten(string text) =>
        string.Concat(text.Replace("人民政府", string.Empty, StringComparison.Ordinal).Where(c => c is not ('省' or '市' or '区' or '县')));

    private static bool ShownInHeader(IDocument homepage, string name)
    {
        var folded = TextFolding.Fold(name);
        if (TextFolding.Fold(homepage.Title ?? string.Empty).Contains(folded, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var image in homepage.QuerySelectorAll("img[alt], img[title]").Take(20))
        {
            var label = (image.GetAttribute("alt") ?? string.Empty) + (image.GetAttribute("title") ?? string.Empty);
            if (TextFolding.Fold(label).Contains(folded, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var text = DomText.VisibleFolded(homepage);
        return text[..Math.Min(text.Length, HeaderChars)].Contains(folded, StringComparison.Ordinal);
    }
}
