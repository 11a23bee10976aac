namespace Pucha.Core.Campaigns;

/// <summary>One phase of a campaign: its first and last day, both included.</summary>
public readonly record struct PhaseDates(CampaignPhase Phase, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
