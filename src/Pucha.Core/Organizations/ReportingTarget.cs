namespace Pucha.Core.Organizations;

/// <summary>One organizer a unit may report to: its kind, and the division or department it must serve.</summary>
public sealed record ReportingTarget(OrganizationKind Kind, string? RegionCode, string? DepartmentCode)
{
    /// <summary>True when <paramref name="organizer"/> is this target.</summary>
    public bool Matches(Organization organizer) =>
        organizer.Kind == Kind
        && (RegionCode is null || organizer.RegionCode == RegionCode)
        && (DepartmentCode is null || organizer.DepartmentCode == DepartmentCode);

    /// <summary>Chinese description for error messages, e.g. 省级政府办公厅（行政区划 430000）.</summary>
    public string Describe()
    {
        var label = OrganizationKinds.Label(Kind);
        if (RegionCode is not null && DepartmentCode is not null)
        {
            return $"{label}（行政区划 {RegionCode}，部门代码 {DepartmentCode}）";
        }

        if (RegionCode is not null)
        {
            return $"{label}（行政区划 {RegionCode}）";
        }

        return DepartmentCode is not null ? $"{label}（部门代码 {DepartmentCode}）" : label;
    }
}
