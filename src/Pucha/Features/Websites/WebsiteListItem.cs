using Pucha.Core.Websites;

namespace Pucha.Features.Websites;

/// <summary>One row of the website list.</summary>
public sealed record WebsiteListItem(
    int Id,
    string Name,
    string HomepageUrl,
    string? SiteCode,
    string? RegionCode,
    string DepartmentOrRegion,
    string IcpNumber,
    CensusStatus Status,
    int OrganizationId,
    string? OrganizationName,
    DateTime UpdatedAt,
    int Version);
