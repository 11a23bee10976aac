using Pucha.Core.Campaigns;

namespace Pucha.Features.Campaigns;

/// <summary>A campaign with what the pages show beside it: the organizer's name, today's phase, whether the caller may edit it.</summary>
public sealed record CampaignView(Campaign Campaign, string OrganizerName, PhaseStatus Status, bool CanEdit);
