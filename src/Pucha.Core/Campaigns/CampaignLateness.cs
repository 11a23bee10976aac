using Pucha.Core.Census;
using Pucha.Core.Websites;

namespace Pucha.Core.Campaigns;

/// <summary>
/// When a record is 逾期 in a campaign, as of <c>now</c> (docs/decisions.md, "Campaign lateness"):
/// <list type="bullet">
/// <item>its first 提交 (from the review history) happened at or after the submission cut-off; or</item>
/// <item>it is still with its unit (未提交 or 退回) at or after the submission cut-off; or</item>
/// <item>it is 未审核 waiting for a level whose review cut-off has passed.</item>
/// </list>
/// A cut-off is 00:00 China time of the day after the deadline (<see cref="CampaignCalendar.Cutoff"/>).
/// The database query of the progress board applies the same rule in SQL; tests hold the two together.
/// </summary>
public static class CampaignLateness
{
    /// <param name="firstSubmittedAt">UTC time of the record's first 提交 action; null when never submitted.</param>
    /// <param name="pendingLevel">The level of the organizer whose turn it is; null unless 未审核.</param>
    public static bool IsLate(Campaign campaign, CensusStatus state, DateTime? firstSubmittedAt, ReviewLevel? pendingLevel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var submissionCutoff = CampaignCalendar.Cutoff(campaign.SubmissionDeadline);
        var at = now.UtcDateTime;
        if (firstSubmittedAt is { } submitted && submitted >= submissionCutoff)
        {
            return true;
        }

        return state switch
        {
            CensusStatus.NotSubmitted or CensusStatus.Returned => at >= submissionCutoff,
            CensusStatus.PendingReview => pendingLevel is { } level && at >= CampaignCalendar.Cutoff(CampaignCalendar.ReviewDeadline(campaign, level)),
            _ => false,
        };
    }
}
