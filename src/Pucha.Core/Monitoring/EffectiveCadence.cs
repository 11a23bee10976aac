using Pucha.Core.Organizations;

namespace Pucha.Core.Monitoring;

/// <summary>
/// The cadence in force for a site, each count on its own: the site's override, else the running
/// campaign's default, else the global configuration. When several running campaigns cover a site
/// (a province's campaign inside the national one), the nearest organizer wins (the longest path),
/// then the newest campaign: the office closest to the site knows it best.
/// </summary>
public sealed record EffectiveCadence(int ProbesPerDay, int SnapshotsPerDay, int ColumnChecksPerDay)
{
    public static EffectiveCadence Resolve(CadenceSettings? site, string siteOrganizationPath, IReadOnlyList<CampaignCadence> running, EffectiveCadence global)
    {
        CampaignCadence? Nearest(Func<CadenceSettings, int?> pick)
        {
            CampaignCadence? best = null;
            foreach (var campaign in running)
            {
                if (pick(campaign.Settings) is null || !OrganizationPath.IsWithin(siteOrganizationPath, campaign.OrganizerPath))
                    continue;
                if (best is null
                    || campaign.OrganizerPath.Length > best.OrganizerPath.Length
                    || (campaign.OrganizerPath.Length == best.OrganizerPath.Length && campaign.CampaignId > best.CampaignId))
                    best = campaign;
            }

            return best;
        }

        int Pick(Func<CadenceSettings, int?> pick, int fallback) =>
            (site is null ? null : pick(site)) ?? (Nearest(pick) is { } campaign ? pick(campaign.Settings)!.Value : fallback);

        return new EffectiveCadence(
            Pick(s => s.ProbesPerDay, global.ProbesPerDay),
            Pick(s => s.SnapshotsPerDay, global.SnapshotsPerDay),
            Pick(s => s.ColumnChecksPerDay, global.ColumnChecksPerDay));
    }
}
