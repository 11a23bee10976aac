using Pucha.Core.Organizations;

namespace Pucha.Features.Organizations;

/// <summary>A new unit (组织单位 or 填报单位) as a form or a JSON body gives it.</summary>
public sealed record OrganizationInput
{
    /// <summary>The organizer it reports to; required (there is only one root, created by the platform).</summary>
    public int? ParentId { get; init; }

    public string? Name { get; init; }

    public OrganizationKind? Kind { get; init; }

    /// <summary>Six-digit GB/T 2260 code; empty for units of State Council departments.</summary>
    public string? RegionCode { get; init; }

    /// <summary>Two-digit State Council department code; for ministries and vertically managed systems.</summary>
    public string? DepartmentCode { get; init; }

    public ManagementMode ManagementMode { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    public string? ContactEmail { get; init; }

    public string? Address { get; init; }
}

/// <summary>
/// The fields of a unit that may change after creation: name and contacts always; the 行政区划代码 of a
/// local unit and the 部门代码 of a department's unit while nothing hangs below it (null keeps the
/// present value). Moving it in the tree or changing its kind is not one of them. <see cref="Version"/>
/// is the version read with the unit: a unit changed since answers 409 and nothing is saved.
/// </summary>
public sealed record OrganizationUpdate
{
    public int? Version { get; init; }

    public string? Name { get; init; }

    public string? RegionCode { get; init; }

    public string? DepartmentCode { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    public string? ContactEmail { get; init; }

    public string? Address { get; init; }
}
