using Pucha.Core.Census;

namespace Pucha.Core.Campaigns;

/// <summary>
/// Turns a campaign's calendar days into instants. Chinese notices set deadlines as dates
/// ("6月15日前完成"): a deadline day is included to its last minute in China Standard Time (UTC+8,
/// no daylight saving), so the cut-off is 00:00 CST of the following day. Every method takes "now"
/// as an input; nothing here reads a clock.
/// </summary>
public static class CampaignCalendar
{

    /// <summary>The calendar day in China at <paramref name="now"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset now) => BeijingTime.DateOf(now);

    /// <summary>The first instant (UTC) after <paramref name="deadline"/>: anything at or after it is late.</summary>
    public static DateTime Cutoff(DateOnly deadline) =>
        DateTime.SpecifyKind(deadline.AddDays(1).ToDateTime(TimeOnly.MinValue) - BeijingTime.Offset, DateTimeKind.Utc);

    /// <summary>The review deadline of a level; a ministry reviews by the provincial deadline (both issue 网站标识码).</summary>
    public static DateOnly ReviewDeadline(Campaign campaign, ReviewLevel level) => level switch
    {
        ReviewLevel.County => campaign.CountyReviewDeadline,
        ReviewLevel.City => campaign.CityReviewDeadline,
        ReviewLevel.Province or ReviewLevel.Ministry => campaign.ProvinceReviewDeadline,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The review levels whose deadline has passed at <paramref name="now"/>.</summary>
    public static IReadOnlyList<ReviewLevel> OverdueLevels(Campaign campaign, DateTimeOffset now) =>
        Enum.GetValues<ReviewLevel>().Where(level => now.UtcDateTime >= Cutoff(ReviewDeadline(campaign, level))).ToList();

    /// <summary>The phase the campaign is in on <paramref name="day"/> (a China calendar day).</summary>
    public static PhaseStatus StatusOn(Campaign campaign, DateOnly day)
    {
        var phases = campaign.Phases;
        if (day < phases[0].Start)
        {
            return new PhaseStatus(PhaseStatusKind.NotStarted, null);
        }

        foreach (var phase in phases)
        {
            if (phase.Contains(day))
            {
                return new PhaseStatus(PhaseStatusKind.InPhase, phase.Phase);
            }
        }

        return day > phases[^1].End
            ? new PhaseStatus(PhaseStatusKind.Finished, null)
            : new PhaseStatus(PhaseStatusKind.Between, null);
    }

    public static PhaseStatus StatusAt(Campaign campaign, DateTimeOffset now) => StatusOn(campaign, DayOf(now));
}
