namespace Pucha.Core.Organizations;

/// <summary>Labels and groupings of <see cref="OrganizationKind"/>.</summary>
public static class OrganizationKinds
{
    /// <summary>The official Chinese term of a kind.</summary>
    public static string Label(OrganizationKind kind) => kind switch
    {
        OrganizationKind.StateCouncilOffice => "国务院办公厅",
        OrganizationKind.ProvincialGovernmentOffice => "省级政府办公厅",
        OrganizationKind.MinistryOffice => "国务院部门办公厅（室）",
        OrganizationKind.CityGovernmentOffice => "市级政府办公室",
        OrganizationKind.CountyGovernmentOffice => "县级政府办公室",
        OrganizationKind.ProvincialVerticalDepartment => "省级垂直管理部门",
        OrganizationKind.ReportingUnit => "填报单位",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>True for the organizer kinds (组织单位): every kind except <see cref="OrganizationKind.ReportingUnit"/>.</summary>
    public static bool IsOrganizer(OrganizationKind kind) =>
        kind is not OrganizationKind.ReportingUnit && Enum.IsDefined(kind);

    /// <summary>True for the offices of local governments (province, city, county).</summary>
    public static bool IsLocalGovernmentOffice(OrganizationKind kind) =>
        kind is OrganizationKind.ProvincialGovernmentOffice
            or OrganizationKind.CityGovernmentOffice
            or OrganizationKind.CountyGovernmentOffice;
}
