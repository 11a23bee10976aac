namespace Pucha.Core.Census;

/// <summary>
/// Who acts: a person acting for an organization. <see cref="IsReportingUnit"/> is true when the
/// organization is the site's own 填报单位 (网站主管单位).
/// </summary>
public sealed record ReviewActor(int? UserId, string Name, int OrganizationId, bool IsReportingUnit);
