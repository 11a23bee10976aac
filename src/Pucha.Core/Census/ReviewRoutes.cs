using Pucha.Core.Organizations;

namespace Pucha.Core.Census;

/// <summary>
/// Builds a site's <see cref="ReviewRoute"/> from its unit's organizers: every organizer above the
/// unit, lowest first, up to the one that issues 网站标识码 — the province's government office, or the
/// State Council department's office (for its own units and its vertically managed system).
/// </summary>
public static class ReviewRoutes
{
    /// <summary>
    /// <paramref name="ancestors"/>: the organizers above the reporting unit, from its parent upwards
    /// (as the organization tree gives them). Returns null when no issuing organizer is on the way,
    /// i.e. the unit is misplaced in the tree.
    /// </summary>
    public static ReviewRoute? From(IEnumerable<Organization> ancestors)
    {
        var steps = new List<ReviewStep>();
        foreach (var organizer in ancestors)
        {
            if (LevelOf(organizer.Kind) is not { } level)
            {
                continue;
            }

            if (steps.Count > 0 && steps[^1].Level >= level)
            {
                return null;
            }

            steps.Add(new ReviewStep(organizer.Id, level));
            if (organizer.Kind is OrganizationKind.ProvincialGovernmentOffice or OrganizationKind.MinistryOffice)
            {
                return new ReviewRoute(steps);
            }
        }

        return null;
    }

    /// <summary>The review level of an organizer; null for units that do not review (填报单位, 国务院办公厅).</summary>
    public static ReviewLevel? LevelOf(OrganizationKind kind) => kind switch
    {
        OrganizationKind.CountyGovernmentOffice => ReviewLevel.County,
        OrganizationKind.CityGovernmentOffice => ReviewLevel.City,
        OrganizationKind.ProvincialGovernmentOffice or OrganizationKind.ProvincialVerticalDepartment => ReviewLevel.Province,
        OrganizationKind.MinistryOffice => ReviewLevel.Ministry,
        _ => null,
    };

    /// <summary>
    /// The 网站标识码 prefix for a site approved by <paramref name="issuer"/>: "bm" + department code
    /// for a ministry's system, else the site's own six-digit division code (its unit's when the site has none).
    /// </summary>
    public static string IdentifierPrefix(Organization issuer, string? siteRegionCode, string? unitRegionCode)
    {
        if (issuer.Kind == OrganizationKind.MinistryOffice)
        {
            return SiteIdentifier.CentralPrefix(issuer.DepartmentCode
                ?? throw new InvalidOperationException($"“{issuer.Name}”没有部门代码，不能生成网站标识码。"));
        }

        var code = siteRegionCode ?? unitRegionCode ?? issuer.RegionCode
            ?? throw new InvalidOperationException("网站没有行政区划代码，不能生成网站标识码。");
        return SiteIdentifier.LocalPrefix(code);
    }
}
