namespace Pucha.Features.Campaigns;

/// <summary>A campaign as the form or a JSON body gives it; dates are China calendar days (yyyy-MM-dd).</summary>
public sealed record CampaignInput
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The organizer running it: a platform administrator picks one; an organizer runs its own.</summary>
    public int? OrganizerId { get; init; }

    public DateOnly? SurveyStart { get; init; }

    public DateOnly? SurveyEnd { get; init; }

    public DateOnly? RectificationStart { get; init; }

    public DateOnly? RectificationEnd { get; init; }

    public DateOnly? SpotCheckStart { get; init; }

    public DateOnly? SpotCheckEnd { get; init; }

    public DateOnly? BulletinStart { get; init; }

    public DateOnly? BulletinEnd { get; init; }

    public DateOnly? SubmissionDeadline { get; init; }

    public DateOnly? CountyReviewDeadline { get; init; }

    public DateOnly? CityReviewDeadline { get; init; }

    public DateOnly? ProvinceReviewDeadline { get; init; }

    /// <summary>持续监测 defaults for the campaign's sites while it runs (empty = the global setting).</summary>
    public int? ProbesPerDay { get; init; }

    public int? SnapshotsPerDay { get; init; }

    public int? ColumnChecksPerDay { get; init; }

    /// <summary>On update: the version read before editing; a stale one is refused (409).</summary>
    public int? Version { get; init; }
}
