using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Inspections;

namespace Pucha.Features.Inspections;

/// <summary>
/// Inspection runs as the caller may see and start them: only sites of the caller's subtree (another
/// subtree's site is simply not found), and only organizers start a run (立即检查).
/// </summary>
public sealed class InspectionDesk(PuchaDbContext db, AccessScope scope, SiteInspectionService inspections)
{
    /// <summary>Runs listed per site.</summary>
    public const int MaxListed = 50;

    public Task<Website?> FindSiteAsync(int siteId, CancellationToken cancellationToken) =>
        scope.Websites(db.Websites.AsNoTracking()).FirstOrDefaultAsync(w => w.Id == siteId, cancellationToken);

    public async Task<Outcome<InspectionRun>> StartAsync(int siteId, string requestedBy, CancellationToken cancellationToken)
    {
        var site = await FindSiteAsync(siteId, cancellationToken);
        if (site is null)
            return Outcome<InspectionRun>.NotFound();
        if (!scope.CanManageUnits)
            return Outcome<InspectionRun>.Forbidden("只有组织单位可以发起检查。");
        var (run, created) = await inspections.EnqueueAsync(site, InspectionTrigger.Manual, requestedBy, cancellationToken);
        if (created)
        {
            db.AddAuditEntry(AuditAction.Create, nameof(InspectionRun), run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                site.OrganizationPath, $"立即检查：{site.Name}（{site.HomepageUrl}）");
            await db.SaveChangesAsync(cancellationToken);
        }
        return Outcome<InspectionRun>.Ok(run);
    }

    public async Task<List<InspectionRun>?> ListAsync(int siteId, CancellationToken cancellationToken) =>
        await FindSiteAsync(siteId, cancellationToken) is null ? null : await new InspectionRunStore(db).ListAsync(siteId, MaxListed, cancellationToken);

    /// <summary>A run with its findings, if its site is in scope.</summary>
    public async Task<InspectionRun?> FindRunAsync(long runId, CancellationToken cancellationToken)
    {
        var run = await new InspectionRunStore(db).FindAsync(runId, cancellationToken);
        return run is not null && await FindSiteAsync(run.SiteId, cancellationToken) is not null ? run : null;
    }
}
