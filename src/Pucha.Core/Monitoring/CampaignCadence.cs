namespace Pucha.Core.Monitoring;

/// <summary>The cadence defaults of a campaign running on the day asked, for the sites under its organizer.</summary>
public sealed record CampaignCadence(int CampaignId, string OrganizerPath, CadenceSettings Settings);
