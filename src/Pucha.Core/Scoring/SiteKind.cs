namespace Pucha.Core.Scoring;

/// <summary>What kind of site is scored: a set of <see cref="SiteTraits"/>.</summary>
public sealed record SiteKind
{
    public SiteKind(IEnumerable<string> traits)
    {
        var set = traits.ToHashSet(StringComparer.Ordinal);
        var unknown = set.Except(SiteTraits.All).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"未知的网站类型特征：{string.Join("、", unknown)}；可用：{string.Join("、", SiteTraits.All)}。", nameof(traits));
        Traits = set;
    }

    public IReadOnlySet<string> Traits { get; }

    /// <summary>A site with none of the special traits (a local department's site).</summary>
    public static SiteKind Ordinary { get; } = new([]);

    public static SiteKind LocalPortal { get; } = new([SiteTraits.Portal]);

    public static SiteKind StateCouncilDepartmentPortal { get; } =
        new([SiteTraits.Portal, SiteTraits.StateCouncilDepartment]);

    public static SiteKind StateCouncilDepartmentWithoutServices { get; } =
        new([SiteTraits.Portal, SiteTraits.StateCouncilDepartment, SiteTraits.NoExternalServices]);
}
