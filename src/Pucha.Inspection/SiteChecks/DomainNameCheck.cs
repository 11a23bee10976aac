using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>
/// 域名与名称 on the homepage (rules in <see cref="DomainNameRules"/>). Whether the site is a portal
/// comes from the options, else from its name: a name ending in 人民政府 is a 政府门户网站.
/// </summary>
internal static class DomainNameCheck
{
    public static IReadOnlyList<Finding> Run(SiteCheckContext context, SiteProfile site)
    {
        var name = context.Options.ExpectedName ?? InspectionAnalyzers.Identity(context.HomepageDocument).Name ?? "";
        var isPortal = context.Options.IsPortal ?? name.Contains("人民政府", StringComparison.Ordinal);
        return DomainNameRules.Evaluate(site, context.HomepageDocument, isPortal);
    }
}
