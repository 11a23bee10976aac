using Pucha.Core.Organizations;
using Pucha.Data.Campaigns;

namespace Pucha.Features.Campaigns;

/// <summary>The progress board as the API returns it: each row's counts and the desk links for its numbers.</summary>
public sealed record CampaignProgressDto(int CampaignId, int OrganizationId, string OrganizationName, DateTimeOffset AsOf,
    IReadOnlyList<CampaignProgressRowDto> Rows, CampaignCountsDto Total)
{
    public static CampaignProgressDto From(CampaignProgress progress) => new(
        progress.Campaign.Campaign.Id, progress.Organization.Id, progress.Organization.Name, progress.AsOf,
        progress.Board.Rows.Select(r => new CampaignProgressRowDto(r.OrganizationId, r.Name, r.Kind, r.IsOwnSites, CampaignCountsDto.From(r.Counts))).ToList(),
        CampaignCountsDto.From(progress.Board.Total));
}

public sealed record CampaignProgressRowDto(int OrganizationId, string Name, OrganizationKind Kind, bool IsOwnSites, CampaignCountsDto Counts);

public sealed record CampaignCountsDto(int NotSubmitted, int PendingReview, int Returned, int Approved, int Late, int Total)
{
    public static CampaignCountsDto From(StateCounts counts) =>
        new(counts.NotSubmitted, counts.PendingReview, counts.Returned, counts.Approved, counts.Late, counts.Total);
}
