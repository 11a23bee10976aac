namespace Pucha.Core.Scoring;

/// <summary>
/// The facts about a site (or, for the supervision assessment, an organizer) that indicator sets
/// test in <c>skipWhen</c>, <c>variants</c> and <c>exemptions</c>.
/// </summary>
public static class SiteTraits
{
    /// <summary>门户网站 (地方政府及国务院部门门户网站).</summary>
    public const string Portal = "portal";

    /// <summary>国务院部门 (its portal, or the department as an assessed organizer).</summary>
    public const string StateCouncilDepartment = "state-council-department";

    /// <summary>没有对外服务职能.</summary>
    public const string NoExternalServices = "no-external-services";

    public static IReadOnlyList<string> All { get; } = [Portal, StateCouncilDepartment, NoExternalServices];
}
