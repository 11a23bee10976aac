using Pucha.Core.Validation;

namespace Pucha.Core.Campaigns;

/// <summary>
/// Checks a campaign before it is saved: a name, each phase ending on or after its start, the phases
/// in their official order without overlapping, and deadlines climbing with the levels
/// (submission ≤ county ≤ city ≤ province/ministry). Field keys are the <see cref="Campaign"/> property names.
/// </summary>
public static class CampaignValidator
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    public static FieldErrors Validate(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var errors = new FieldErrors();
        var name = campaign.Name.Trim();
        if (name.Length == 0)
        {
            errors.Add(nameof(Campaign.Name), "请填写活动名称。");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(Campaign.Name), $"活动名称不能超过{MaxNameLength}个字符。");
        }

        if (campaign.Description.Length > MaxDescriptionLength)
        {
            errors.Add(nameof(Campaign.Description), $"活动说明不能超过{MaxDescriptionLength}个字符。");
        }

        var phases = campaign.Phases;
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            var label = CampaignLabels.Of(phase.Phase);
            if (phase.End < phase.Start)
            {
                errors.Add(EndField(phase.Phase), $"{label}阶段的结束日期不能早于开始日期。");
            }
            else if (i > 0 && phase.Start <= phases[i - 1].End)
            {
                errors.Add(StartField(phase.Phase), $"{label}阶段须在{CampaignLabels.Of(phases[i - 1].Phase)}阶段结束之后开始。");
            }
        }

        if (campaign.CountyReviewDeadline < campaign.SubmissionDeadline)
        {
            errors.Add(nameof(Campaign.CountyReviewDeadline), $"{CampaignLabels.CountyReviewDeadline}不能早于{CampaignLabels.SubmissionDeadline}。");
        }

        if (campaign.CityReviewDeadline < campaign.CountyReviewDeadline)
        {
            errors.Add(nameof(Campaign.CityReviewDeadline), $"{CampaignLabels.CityReviewDeadline}不能早于{CampaignLabels.CountyReviewDeadline}。");
        }

        if (campaign.ProvinceReviewDeadline < campaign.CityReviewDeadline)
        {
            errors.Add(nameof(Campaign.ProvinceReviewDeadline), $"{CampaignLabels.ProvinceReviewDeadline}不能早于{CampaignLabels.CityReviewDeadline}。");
        }

        return errors;
    }

    public static string StartField(CampaignPhase phase) => phase + "Start";

    public static string EndField(CampaignPhase phase) => phase + "End";
}
