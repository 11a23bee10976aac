using Pucha.Core.Organizations;

namespace Pucha.Data.Campaigns;

/// <summary>
/// One line of the progress board: a direct child unit of the organizer (with its whole subtree), or
/// the organizer itself for the sites its own unit runs (<see cref="IsOwnSites"/>).
/// </summary>
public sealed record ProgressRow(int OrganizationId, string Name, OrganizationKind Kind, bool IsOwnSites, StateCounts Counts);
