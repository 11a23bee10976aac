using Pucha.Core;
using Pucha.Core.Audit;

namespace Pucha.Core.Campaigns;

/// <summary>
/// A census or inspection campaign (普查/检查活动) run by one organizer over its subtree: the dates of
/// its four phases and the per-level deadlines by which units submit and each review level finishes.
/// Dates are calendar days in China Standard Time; see <see cref="CampaignCalendar"/> for how they
/// become instants.
/// </summary>
public sealed class Campaign : IAuditable, IVersioned, ITimestamped
{
    public int Id { get; set; }

    /// <summary>活动名称, e.g. 2015年全国政府网站普查.</summary>
    public string Name { get; set; } = "";

    /// <summary>活动说明 (the notice's summary); may be empty.</summary>
    public string Description { get; set; } = "";

    /// <summary>The organizer running the campaign (组织单位); the campaign covers its subtree.</summary>
    public int OrganizerId { get; set; }

    /// <summary>Copy of the organizer's path, so scope checks are one prefix comparison.</summary>
    public string OrganizerPath { get; set; } = "";

    public DateOnly SurveyStart { get; set; }

    public DateOnly SurveyEnd { get; set; }

    public DateOnly RectificationStart { get; set; }

    public DateOnly RectificationEnd { get; set; }

    public DateOnly SpotCheckStart { get; set; }

    public DateOnly SpotCheckEnd { get; set; }

    public DateOnly BulletinStart { get; set; }

    public DateOnly BulletinEnd { get; set; }

    /// <summary>填报单位提交截止日期.</summary>
    public DateOnly SubmissionDeadline { get; set; }

    /// <summary>县级审核截止日期.</summary>
    public DateOnly CountyReviewDeadline { get; set; }

    /// <summary>市级审核截止日期.</summary>
    public DateOnly CityReviewDeadline { get; set; }

    /// <summary>省级/部委审核截止日期 (also the provincial vertically managed departments').</summary>
    public DateOnly ProvinceReviewDeadline { get; set; }

    /// <summary>持续监测: homepage visits a day for the campaign's sites while it runs; null = the global setting.</summary>
    public int? ProbesPerDay { get; set; }

    /// <summary>持续监测: homepage snapshots a day for the campaign's sites; null = the global setting.</summary>
    public int? SnapshotsPerDay { get; set; }

    /// <summary>持续监测: column checks a day for the campaign's sites; null = the global setting.</summary>
    public int? ColumnChecksPerDay { get; set; }

    /// <summary>The monitoring cadence defaults above as one value.</summary>
    public Monitoring.CadenceSettings Cadence => new(ProbesPerDay, SnapshotsPerDay, ColumnChecksPerDay);

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token: two administrators editing at once → the second is told to reload.</summary>
    public int Version { get; set; }

    /// <summary>The four phases in order with their dates.</summary>
    public IReadOnlyList<PhaseDates> Phases =>
    [
        new(CampaignPhase.Survey, SurveyStart, SurveyEnd),
        new(CampaignPhase.Rectification, RectificationStart, RectificationEnd),
        new(CampaignPhase.SpotCheck, SpotCheckStart, SpotCheckEnd),
        new(CampaignPhase.Bulletin, BulletinStart, BulletinEnd),
    ];

    string? IAuditable.AuditOrganizationPath => OrganizerPath;
}
