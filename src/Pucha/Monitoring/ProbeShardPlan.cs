using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;
using Pucha.Data;

namespace Pucha.Monitoring;

/// <summary>
/// What one firing of a shard job visits: the slots of the shard's sites inside its window, each at
/// the site's cadence read at the start of the firing (so a changed cadence takes effect at the next
/// period, with nothing to re-plan), minus the slots already stored. The stored slots are read every
/// time, not only when Quartz says the firing is recovered: a firing that runs twice (recovered from
/// a worker that was only slow, or a trigger replaced while it was acquired) then visits nothing twice.
/// Two statements a firing: the shard's sites, and the stored visits of the sites that have a slot.
/// </summary>
public static class ProbeShardPlan
{
    public static async Task<List<PlannedProbe>> LoadAsync(
        PuchaDbContext context, int shard, int shards, DateTime startUtc, DateTime endUtc, int defaultProbesPerDay, CancellationToken cancellationToken)
    {
        var sites = await context.Websites.AsNoTracking()
            .Where(w => w.HomepageUrl != "" && w.Id % shards == shard)
            .Select(w => new { w.Id, w.HomepageUrl })
            .ToListAsync(cancellationToken);

        var planned = new List<PlannedProbe>();
        foreach (var site in sites)
        {
            for (var slot = ProbeSchedule.FirstSlotAtOrAfter(site.Id, startUtc, defaultProbesPerDay);
                 slot < endUtc;
                 slot = slot.AddSeconds(86_400 / defaultProbesPerDay))
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
