using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;
using Pucha.Core.Campaigns;
using Pucha.Data;
using Pucha.Data.Monitoring;

namespace Pucha.Features.Monitoring;

/// <summary>
/// What one firing of a shard job visits: the slots of the shard's sites inside its window, each at
/// the site's effective cadence (<see cref="EffectiveCadence"/>: site override, running campaign, global)
/// read at the start of the firing — so a changed cadence takes effect at the shard's next period, with
/// nothing to re-plan — minus the slots already stored. The stored slots are read every
/// time, not only when Quartz says the firing is recovered: a firing that runs twice (recovered from
/// a worker that was only slow, or a trigger replaced while it was acquired) then visits nothing twice.
/// Three statements a firing: the shard's sites with their overrides, the running campaigns, and the stored
/// visits of the sites that have a slot.
/// </summary>
public static class ProbeShardPlan
{
    public static async Task<List<PlannedProbe>> LoadAsync(
        PuchaDbContext context, int shard, int shards, DateTime startUtc, DateTime endUtc, EffectiveCadence global, CancellationToken cancellationToken)
    {
        var sites = await CadenceQueries.SitesAsync(context, context.Websites.Where(w => w.Id % shards == shard), cancellationToken);
        var campaigns = await CadenceQueries.RunningCampaignsAsync(context, CampaignCalendar.DayOf(new DateTimeOffset(startUtc)), cancellationToken);

        var planned = new List<PlannedProbe>();
        foreach (var site in sites)
        {
            var perDay = site.Override is null && campaigns.Count == 0
                ? global.ProbesPerDay
                : EffectiveCadence.Resolve(site.Override, site.OrganizationPath, campaigns, global).ProbesPerDay;
            for (var slot = ProbeSchedule.FirstSlotAtOrAfter(site.Id, startUtc, perDay); slot < endUtc; slot = slot.AddSeconds(86_400 / perDay))
                planned.Add(new PlannedProbe(new ProbeSlot(site.Id, slot), site.HomepageUrl));
        }

        if (planned.Count == 0)
            return planned;
        var withSlots = planned.Select(p => p.Slot.SiteId).Distinct().ToList();
        var stored = await context.Set<ProbeVisit>().AsNoTracking()
            .Where(v => withSlots.Contains(v.SiteId) && v.ScheduledUtc >= startUtc && v.ScheduledUtc < endUtc)
            .Select(v => new { v.SiteId, v.ScheduledUtc })
            .ToListAsync(cancellationToken);
        if (stored.Count > 0)
        {
            var done = stored.Select(v => new ProbeSlot(v.SiteId, v.ScheduledUtc)).ToHashSet();
            planned.RemoveAll(p => done.Contains(p.Slot));
        }

        planned.Sort((a, b) => a.Slot.ScheduledUtc.CompareTo(b.Slot.ScheduledUtc));
        return planned;
    }
}
