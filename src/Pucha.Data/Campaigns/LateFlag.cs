using Pucha.Core.Websites;

namespace Pucha.Data.Campaigns;

/// <summary>A website and whether it is 逾期 in a campaign (see <see cref="CampaignProgressQuery.LateRecords"/>).</summary>
public sealed class LateFlag
{
    public required Website Website { get; init; }

    public bool Late { get; init; }
}
