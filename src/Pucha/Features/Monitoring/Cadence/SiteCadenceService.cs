using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Campaigns;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Pucha.Data.Monitoring;

namespace Pucha.Features.Monitoring.Cadence;

/// <summary>
/// Reads and sets a site's own monitoring cadence within the caller's scope (a site elsewhere is not
/// found). Organizer units and administrators set it; a reporting unit sees it but cannot lower the
/// supervision of its own site. Every change is audited by the data layer (<see cref="SiteCadence"/> is
/// auditable); clearing every field removes the override. The shard jobs and sweeps read it at their
/// next period: nothing is re-planned.
/// </summary>
public sealed class SiteCadenceService(PuchaDbContext db, AccessScope scope, IConfiguration configuration, TimeProvider clock)
{
    public const string NotAllowedMessage = "只有组织单位和平台管理员可以设置网站的监测频次。";

    public async Task<SiteCadenceView?> GetAsync(int siteId, CancellationToken cancellation)
    {
        var site = await scope.Websites(db.Websites.AsNoTracking()).Where(w => w.Id == siteId)
            .Select(w => new { w.Id, w.OrganizationPath }).FirstOrDefaultAsync(cancellation);
        if (site is null)
            return null;
        var own = await db.Set<SiteCadence>().AsNoTracking().FirstOrDefaultAsync(c => c.WebsiteId == siteId, cancellation);
        var campaigns = await CadenceQueries.RunningCampaignsAsync(db, CampaignCalendar.DayOf(clock.GetUtcNow()), cancellation);
        var global = MonitoringOptions.GlobalCadence(configuration);
        var settings = own?.Settings ?? CadenceSettings.Inherit;
        return new SiteCadenceView(siteId, settings,
            EffectiveCadence.Resolve(null, site.OrganizationPath, campaigns, global),
            EffectiveCadence.Resolve(settings, site.OrganizationPath, campaigns, global),
            CanEdit);
    }

    public async Task<Outcome<SiteCadenceView>> SetAsync(int siteId, CadenceSettings input, CancellationToken cancellation)
    {
        var site = await scope.Websites(db.Websites.AsNoTracking()).Where(w => w.Id == siteId)
            .Select(w => new { w.Id, w.OrganizationPath }).FirstOrDefaultAsync(cancellation);
        if (site is null)
            return Outcome<SiteCadenceView>.NotFound();
        if (!CanEdit)
            return Outcome<SiteCadenceView>.Forbidden(NotAllowedMessage);
        var errors = input.Validate();
        if (!errors.IsValid)
            return Outcome<SiteCadenceView>.Invalid(errors.Errors);

        var row = await db.Set<SiteCadence>().FirstOrDefaultAsync(c => c.WebsiteId == siteId, cancellation);
        if (input.IsEmpty)
        {
            if (row is not null)
                db.Remove(row);
        }
        else
        {
            if (row is null)
            {
                row = new SiteCadence { WebsiteId = siteId };
                db.Add(row);
            }

            row.ProbesPerDay = input.ProbesPerDay;
            row.SnapshotsPerDay = input.SnapshotsPerDay;
            row.ColumnChecksPerDay = input.ColumnChecksPerDay;
            row.OrganizationPath = site.OrganizationPath;
            row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellation);
        return Outcome<SiteCadenceView>.Ok((await GetAsync(siteId, cancellation))!);
    }

    private bool CanEdit => scope.IsAdministrator || (!scope.IsReportingUnit && scope.OrganizationId is not null);
}
