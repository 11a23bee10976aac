namespace Pucha.Core.Campaigns;

/// <summary>
/// The four phases of a census (《关于开展第一次全国政府网站普查的通知》解读（国办发〔2015〕15号）, 渝府办发〔2015〕52号 附件1): 统计摸底 → 检查整改 → 抽查核查 → 通报总结.
/// Stored as its number: append new values, never renumber.
/// </summary>
public enum CampaignPhase
{
    /// <summary>统计摸底: units fill in and submit their forms, organizers review level by level.</summary>
    Survey = 1,

    /// <summary>检查整改: self-check and organizers' inspection, units rectify.</summary>
    Rectification = 2,

    /// <summary>抽查核查: the top level spot-checks by system scan and manual review.</summary>
    SpotCheck = 3,

    /// <summary>通报总结: results published and summarized.</summary>
    Bulletin = 4,
}
