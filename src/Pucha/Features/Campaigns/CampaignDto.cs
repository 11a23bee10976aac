using Pucha.Core.Campaigns;

namespace Pucha.Features.Campaigns;

/// <summary>A campaign as the API returns it, with its phase on the day asked.</summary>
public sealed record CampaignDto(
    int Id, string Name, string Description, int OrganizerId, string OrganizerName,
    IReadOnlyList<CampaignPhaseDto> Phases,
    DateOnly SubmissionDeadline, DateOnly CountyReviewDeadline, DateOnly CityReviewDeadline, DateOnly ProvinceReviewDeadline,
    CampaignPhase? CurrentPhase, string CurrentPhaseLabel, int Version,
    int? ProbesPerDay = null, int? SnapshotsPerDay = null, int? ColumnChecksPerDay = null)
{
    public static CampaignDto From(CampaignView view) => new(
        view.Campaign.Id, view.Campaign.Name, view.Campaign.Description, view.Campaign.OrganizerId, view.OrganizerName,
        view.Campaign.Phases.Select(p => new CampaignPhaseDto(p.Phase, CampaignLabels.Of(p.Phase), p.Start, p.End)).ToList(),
        view.Campaign.SubmissionDeadline, view.Campaign.CountyReviewDeadline, view.Campaign.CityReviewDeadline,
        view.Campaign.ProvinceReviewDeadline, view.Status.Phase, CampaignLabels.Of(view.Status), view.Campaign.Version,
        view.Campaign.ProbesPerDay, view.Campaign.SnapshotsPerDay, view.Campaign.ColumnChecksPerDay);
}

public sealed record CampaignPhaseDto(CampaignPhase Phase, string Label, DateOnly Start, DateOnly End);
