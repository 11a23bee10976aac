using Pucha.Core.Campaigns;
using Pucha.Core.Census;
using Pucha.Core.Websites;

namespace Pucha.Core.Tests.Campaigns;

public sealed class CampaignRulesTests
{
    private static Campaign Sample() => new()
    {
        Name = "2015年全国政府网站普查",
        SurveyStart = new(2015, 4, 1), SurveyEnd = new(2015, 5, 31),
        RectificationStart = new(2015, 6, 1), RectificationEnd = new(2015, 8, 31),
        SpotCheckStart = new(2015, 9, 1), SpotCheckEnd = new(2015, 11, 30),
        BulletinStart = new(2015, 12, 1), BulletinEnd = new(2015, 12, 31),
        SubmissionDeadline = new(2015, 4, 30), CountyReviewDeadline = new(2015, 5, 10),
        CityReviewDeadline = new(2015, 5, 20), ProvinceReviewDeadline = new(2015, 5, 31),
    };

    // 2015-04-30 23:59 and 2015-05-01 00:00 China time.
    private static readonly DateTimeOffset LastMinute = new(2015, 4, 30, 23, 59, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset NextMinute = LastMinute.AddMinutes(1);

    [Fact]
    public void A_deadline_day_ends_at_midnight_china_time()
    {
        Assert.Equal(new DateTime(2015, 4, 30, 16, 0, 0, DateTimeKind.Utc), CampaignCalendar.Cutoff(new DateOnly(2015, 4, 30)));
        Assert.Equal(new DateOnly(2015, 4, 30), CampaignCalendar.DayOf(LastMinute));
        Assert.Equal(new DateOnly(2015, 5, 1), CampaignCalendar.DayOf(NextMinute));
    }

    [Fact]
    public void A_submission_in_the_deadlines_last_minute_is_on_time_and_one_minute_later_is_late()
    {
        var campaign = Sample();
        Assert.False(CampaignLateness.IsLate(campaign, CensusStatus.PendingReview, LastMinute.UtcDateTime, ReviewLevel.County, LastMinute));
        Assert.True(CampaignLateness.IsLate(campaign, CensusStatus.PendingReview, NextMinute.UtcDateTime, ReviewLevel.County, NextMinute));

        // A late submission stays late after approval.
        Assert.True(CampaignLateness.IsLate(campaign, CensusStatus.Approved, NextMinute.UtcDateTime, null, NextMinute.AddMonths(2)));
        Assert.False(CampaignLateness.IsLate(campaign, CensusStatus.Approved, LastMinute.UtcDateTime, null, NextMinute.AddMonths(2)));
    }

    [Theory]
    [InlineData(CensusStatus.NotSubmitted)]
    [InlineData(CensusStatus.Returned)]
    public void A_record_still_with_its_unit_becomes_late_when_the_submission_deadline_passes(CensusStatus state)
    {
        var campaign = Sample();
        Assert.False(CampaignLateness.IsLate(campaign, state, state == CensusStatus.Returned ? LastMinute.UtcDateTime.AddDays(-5) : null, null, LastMinute));
        Assert.True(CampaignLateness.IsLate(campaign, state, state == CensusStatus.Returned ? LastMinute.UtcDateTime.AddDays(-5) : null, null, NextMinute));
    }

    [Theory]
    [InlineData(ReviewLevel.County, 5, 10)]
    [InlineData(ReviewLevel.City, 5, 20)]
    [InlineData(ReviewLevel.Province, 5, 31)]
    [InlineData(ReviewLevel.Ministry, 5, 31)]
    public void A_pending_review_becomes_late_after_its_levels_deadline(ReviewLevel level, int month, int day)
    {
        var campaign = Sample();
        var submitted = new DateTime(2015, 4, 20, 0, 0, 0, DateTimeKind.Utc);
        var last = new DateTimeOffset(2015, month, day, 23, 59, 0, TimeSpan.FromHours(8));
        Assert.False(CampaignLateness.IsLate(campaign, CensusStatus.PendingReview, submitted, level, last));
        Assert.True(CampaignLateness.IsLate(campaign, CensusStatus.PendingReview, submitted, level, last.AddMinutes(1)));
    }

    [Fact]
    public void The_current_phase_follows_the_china_calendar_day()
    {
        var campaign = Sample();
        Assert.Equal(new PhaseStatus(PhaseStatusKind.NotStarted, null), CampaignCalendar.StatusOn(campaign, new DateOnly(2015, 3, 31)));
        Assert.Equal(CampaignPhase.Survey, CampaignCalendar.StatusAt(campaign, new DateTimeOffset(2015, 5, 31, 15, 59, 0, TimeSpan.Zero)).Phase);
        Assert.Equal(CampaignPhase.Rectification, CampaignCalendar.StatusAt(campaign, new DateTimeOffset(2015, 5, 31, 16, 0, 0, TimeSpan.Zero)).Phase);
        Assert.Equal("抽查核查", CampaignLabels.Of(CampaignCalendar.StatusOn(campaign, new DateOnly(2015, 9, 1))));
        Assert.Equal("已结束", CampaignLabels.Of(CampaignCalendar.StatusOn(campaign, new DateOnly(2016, 1, 1))));

        campaign.SpotCheckStart = new DateOnly(2015, 9, 10);
        Assert.Equal("阶段间隔", CampaignLabels.Of(CampaignCalendar.StatusOn(campaign, new DateOnly(2015, 9, 5))));
    }

    [Fact]
    public void Validation_requires_a_name_ordered_phases_and_climbing_deadlines()
    {
        Assert.True(CampaignValidator.Validate(Sample()).IsValid);

        var campaign = Sample();
        campaign.Name = " ";
        campaign.RectificationEnd = new DateOnly(2015, 5, 1);
        campaign.BulletinStart = new DateOnly(2015, 11, 30);
        campaign.CityReviewDeadline = new DateOnly(2015, 5, 9);
        var errors = CampaignValidator.Validate(campaign);
        Assert.Equal("请填写活动名称。", errors[nameof(Campaign.Name)]);
        Assert.Equal("检查整改阶段的结束日期不能早于开始日期。", errors["RectificationEnd"]);
        Assert.Equal("通报总结阶段须在抽查核查阶段结束之后开始。", errors["BulletinStart"]);
        Assert.Equal("市级审核截止日期不能早于县级审核截止日期。", errors[nameof(Campaign.CityReviewDeadline)]);
        Assert.Equal(4, errors.Count);
    }
}
