using Pucha.Core.Organizations;

namespace Pucha.Features.Organizations;

/// <summary>Filters of the unit list (API query string).</summary>
public sealed record OrganizationQuery(int? ParentId, OrganizationKind? Kind, string? Name, string? Region, int? Page, int? PageSize);
