using Pucha.Core.Organizations;

namespace Pucha.Features.Organizations;

/// <summary>A unit as the API returns it.</summary>
public sealed record OrganizationDto(
    int Id,
    string Name,
    OrganizationKind Kind,
    string KindLabel,
    int? ParentId,
    string Path,
    string? RegionCode,
    string? DepartmentCode,
    ManagementMode ManagementMode,
    string ContactName,
    string ContactPhone,
    string ContactEmail,
    string Address,
    bool IsDisabled,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static OrganizationDto From(Organization o) => new(o.Id, o.Name, o.Kind, OrganizationKinds.Label(o.Kind), o.ParentId, o.Path,
        o.RegionCode, o.DepartmentCode, o.ManagementMode, o.ContactName, o.ContactPhone, o.ContactEmail, o.Address, o.IsDisabled, o.Version, o.CreatedAt, o.UpdatedAt);
}
