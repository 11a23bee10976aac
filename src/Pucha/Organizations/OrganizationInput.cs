using Pucha.Core.Organizations;

namespace Pucha.Organizations;

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

/// <summary>The fields of a unit that may change after creation (moving it in the tree is not one of them).</summary>
public sealed record OrganizationUpdate
{
    public string? Name { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    public string? ContactEmail { get; init; }

    public string? Address { get; init; }
}
