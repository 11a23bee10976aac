using Pucha.Core.Organizations;
using Pucha.Data.Campaigns;

namespace Pucha.Features.Campaigns;

/// <summary>
/// The progress board of a campaign at one organizer: counts per direct child, and the way back up
/// (<see cref="Trail"/>: the units from the top the caller may see down to this one).
/// </summary>
public sealed record CampaignProgress(CampaignView Campaign, Organization Organization, IReadOnlyList<Organization> Trail, ProgressBoard Board, DateTimeOffset AsOf);
