using Microsoft.EntityFrameworkCore;
using Pucha.Core.Campaigns;
using Pucha.Core.Monitoring;
using Pucha.Core.Websites;

namespace Pucha.Data.Monitoring;

/// <summary>Reads what the effective cadence of sites is made of: their own overrides and the running campaigns' defaults.</summary>
public static class CadenceQueries
{
    /// <summary>A site with what its cadence depends on.</summary>
    public sealed record SiteWithCadence(int Id, string HomepageUrl, string OrganizationPath, CadenceSettings? Override);

    /// <summary>The campaigns running on <paramref name="day"/> (统计摸底 start to 通报总结 end, China days) that set any cadence.</summary>
    public static async Task<List<CampaignCadence>> RunningCampaignsAsync(PuchaDbContext db, DateOnly day, CancellationToken cancellationToken = default) =>
        (await db.Set<Campaign>().AsNoTracking()
            .Where(c => c.SurveyStart <= day && c.BulletinEnd >= day
                        && (c.ProbesPerDay != null || c.SnapshotsPerDay != null || c.ColumnChecksPerDay != null))
            .Select(c => new { c.Id, c.OrganizerPath, c.ProbesPerDay, c.SnapshotsPerDay, c.ColumnChecksPerDay })
            .ToListAsync(cancellationToken))
        .ConvertAll(c => new CampaignCadence(c.Id, c.OrganizerPath, new CadenceSettings(c.ProbesPerDay, c.SnapshotsPerDay, c.ColumnChecksPerDay)));

    /// <summary>The given sites (those with a homepage) with their overrides, in one statement.</summary>
    public static async Task<List<SiteWithCadence>> SitesAsync(PuchaDbContext db, IQueryable<Website> sites, CancellationToken cancellationToken = default) =>
        (await (from w in sites.Where(w => w.HomepageUrl != "")
                join c in db.Set<SiteCadence>() on w.Id equals c.WebsiteId into overrides
                from c in overrides.DefaultIfEmpty()
                select new
                {
                    w.Id, w.HomepageUrl, w.OrganizationPath,
                    HasOverride = c != null,
                    Probes = c == null ? null : c.ProbesPerDay,
                    Snapshots = c == null ? null : c.SnapshotsPerDay,
                    Columns = c == null ? null : c.ColumnChecksPerDay,
                })
            .AsNoTracking().ToListAsync(cancellationToken))
        .ConvertAll(s => new SiteWithCadence(s.Id, s.HomepageUrl, s.OrganizationPath,
            s.HasOverride ? new CadenceSettings(s.Probes, s.Snapshots, s.Columns) : null));
}
