using Pucha.Inspection.Analysis.Services;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>
/// 办事指南 links that must open: the forms to download and the online systems a guide points to.
/// They were visited by the crawl as ordinary links; a broken one is reported here against the guide too.
/// </summary>
internal static class ServiceGuideLinksCheck
{
    public static IEnumerable<Finding> From(IEnumerable<(Uri Page, ServiceGuideAnalysis Analysis)> guides, IReadOnlyDictionary<string, LinkTarget> targets)
    {
        foreach (var (page, analysis) in guides.OrderBy(g => g.Page.AbsoluteUri, StringComparer.Ordinal))
        {
            var broken = new List<string>();
            var errors = new List<string>();
            foreach (var link in analysis.OnlineSystemLinks.Concat(analysis.FormLinks))
            {
                var key = UrlNormalizer.Normalize(link)?.AbsoluteUri;
                if (key is not null && targets.TryGetValue(key, out var target) && target.IsBroken && !broken.Contains(key))
                {
                    broken.Add(key);
                    errors.Add(target.Failure!.Message);
                }
            }
            if (broken.Count == 0)
                continue;
            yield return new Finding(CheckIds.ServiceGuide, Severity.Error,
                $"办事指南中的在线办理系统或表格无法打开：{string.Join("；", broken)}", page.AbsoluteUri,
                new Dictionary<string, object?>
                {
                    ["missing"] = Array.Empty<string>(),
                    ["vague"] = Array.Empty<string>(),
                    ["brokenLinks"] = broken.ToArray(),
                    ["errors"] = errors.ToArray(),
                });
        }
    }
}
