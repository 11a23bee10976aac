using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Core.Census;
using Pucha.Core.Organizations;
using Pucha.Core.Regions;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Census;
using Pucha.Data.Organizations;
using Pucha.Features.Websites;

using SiteOutcome = Pucha.Core.Outcome<Pucha.Core.Websites.Website>;

namespace Pucha.Features.Census.Desk;

/// <summary>
/// The census desk (审核台) and the unit's submission, within the caller's subtree: the review list
/// with the official form's columns, and the actions 提交, 审核, 退回, 重命名 carried out by
/// <see cref="CensusReviewStore"/> (level by level, optimistic concurrency on the version the page
/// showed). A site outside the caller's subtree is "not found", whatever its id.
/// </summary>
public sealed class CensusDesk(PuchaDbContext db, AccessScope scope, IAuditActor actor, CensusReviewStore reviews, TimeProvider clock)
{
    private const string NotFoundMessage = "网站记录不存在或不在您的管辖范围内。";

    /// <summary>The unit whose subtree the desk shows: the ?org= unit (null when it is outside the caller's scope) or the caller's own.</summary>
    public async Task<Organization?> OrganizerAsync(int? org, CancellationToken cancellation)
    {
        var id = org ?? scope.OrganizationId;
        var units = scope.Organizations(db.Organizations.AsNoTracking());
        return id is { } unitId
            ? await units.FirstOrDefaultAsync(o => o.Id == unitId, cancellation)
            : await units.OrderBy(o => o.Path).FirstOrDefaultAsync(cancellation);
    }

    public async Task<PagedList<DeskRow>> ListAsync(DeskQuery query, Organization organizer, CancellationToken cancellation)
    {
        var sites = Filter(query, organizer);
        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        var total = await sites.CountAsync(cancellation);
        var reviewSet = db.Set<CensusReview>();
        var history = db.Set<ReviewHistoryEntry>();
        var rows = await sites.OrderBy(w => w.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(w => new
            {
                w.Id, w.Version, w.SignatoryFiller, w.UpdatedAt, w.Status, w.SiteCode, w.RegionCode, w.OrganizationId, w.OrganizationPath,
                w.Name, w.IcpNumber,
                Unit = db.Organizations.Where(o => o.Id == w.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                Pending = reviewSet.Where(r => r.WebsiteId == w.Id).Select(r => r.PendingOrganizationId).FirstOrDefault(),
                Submitted = history.Where(h => h.WebsiteId == w.Id && (h.Action == ReviewAction.Submit || h.Action == ReviewAction.Resubmit))
                    .Max(h => (DateTime?)h.At),
                Reason = history.Where(h => h.WebsiteId == w.Id && h.Action == ReviewAction.Return)
                    .OrderByDescending(h => h.Id).Select(h => h.Reason).FirstOrDefault(),
            })
            .ToListAsync(cancellation);

        var names = await PlaceNamesAsync(rows.Select(r => (r.RegionCode, r.OrganizationPath)).ToList(), cancellation);
        var items = rows.Select((r, i) =>
        {
            var (province, city, county) = names(r.RegionCode, r.OrganizationPath);
            return new DeskRow(
                (page - 1) * size + i + 1, r.Id, r.Version, r.SignatoryFiller, r.Submitted ?? r.UpdatedAt, r.Status, r.SiteCode,
                province, city, county, r.Unit ?? "", r.Name, r.IcpNumber,
                r.Status == CensusStatus.Returned ? r.Reason : null,
                r.Status == CensusStatus.PendingReview && r.Pending is { } pending && pending == scope.OrganizationId,
                r.Status is CensusStatus.NotSubmitted or CensusStatus.Returned);
        }).ToList();
        return new PagedList<DeskRow>(items, total, page, size);
    }

    /// <summary>The websites of the desk's filter, for the 上报表 export.</summary>
    public IQueryable<Pucha.Core.Websites.Website> Filter(DeskQuery query, Organization organizer)
    {
        var sites = scope.Websites(db.Websites.AsNoTracking()).WithinSubtree(organizer.Path);
        if (query.Status is { } status)
            sites = sites.Where(w => w.Status == status);
        if (WebsiteDirectory.RegionPrefix(query.Region) is { } region)
            sites = sites.Where(w => w.RegionCode != null && w.RegionCode.StartsWith(region));
        if (query.Mine)
        {
            var own = scope.OrganizationId ?? 0;
            sites = sites.Where(w => w.Status == CensusStatus.PendingReview
                && db.Set<CensusReview>().Any(r => r.WebsiteId == w.Id && r.PendingOrganizationId == own));
        }

        return sites;
    }

    /// <summary>A site of the caller's subtree with its review history (oldest first), for the unit's 填报与提交 page.</summary>
    public async Task<(Pucha.Core.Websites.Website Site, List<ReviewHistoryEntry> History)?> SiteAsync(int id, CancellationToken cancellation)
    {
        var site = await scope.Websites(db.Websites.AsNoTracking()).Include(w => w.Columns).FirstOrDefaultAsync(w => w.Id == id, cancellation);
        if (site is null)
            return null;
        var history = await db.Set<ReviewHistoryEntry>().AsNoTracking().Where(h => h.WebsiteId == id).OrderBy(h => h.Id).ToListAsync(cancellation);
        return (site, history);
    }

    /// <summary>校验: the stored 基本信息表 checked with the same rules as on saving; empty when it may be submitted.</summary>
    public IReadOnlyDictionary<string, string> Validate(Pucha.Core.Websites.Website site) =>
        WebsiteValidator.Validate(site, BeijingTime.DateOf(clock.GetUtcNow())).Errors;

    /// <summary>提交 (or 重新提交 after 退回): only a record that passes <see cref="Validate"/>.</summary>
    public async Task<SiteOutcome> SubmitAsync(int id, int version, CancellationToken cancellation)
    {
        var found = await SiteAsync(id, cancellation);
        if (found is not { Site: var site })
            return SiteOutcome.NotFound(NotFoundMessage);
        var errors = Validate(site);
        if (errors.Count > 0)
            return new(OutcomeKind.Invalid, null, errors, "填报内容未通过校验，不能提交：" + string.Join("；", errors.Values.Take(5)));
        var action = site.Status == CensusStatus.Returned ? ReviewAction.Resubmit : ReviewAction.Submit;
        return await ApplyAsync(site, version, action, null, cancellation);
    }

    public Task<SiteOutcome> ApproveAsync(int id, int version, CancellationToken cancellation) =>
        ActAsync(id, version, ReviewAction.Approve, null, cancellation);

    public Task<SiteOutcome> ReturnAsync(int id, int version, string? reason, CancellationToken cancellation) =>
        ActAsync(id, version, ReviewAction.Return, reason, cancellation);

    /// <summary>重命名: changes the 网站名称 only, under the same rule as editing (the unit before submission, the reviewer whose turn it is).</summary>
    public async Task<SiteOutcome> RenameAsync(int id, int version, string? newName, CancellationToken cancellation)
    {
        var site = await scope.Websites(db.Websites).FirstOrDefaultAsync(w => w.Id == id, cancellation);
        if (site is null)
            return SiteOutcome.NotFound(NotFoundMessage);
        var name = newName?.Trim() ?? "";
        if (name.Length == 0)
            return SiteOutcome.Invalid("Name", "请填写新的网站名称。");
        if (name.Length > WebsiteLimits.LongText)
            return SiteOutcome.Invalid("Name", $"网站名称不能超过{WebsiteLimits.LongText}个字。");
        if (site.Version != version)
            return SiteOutcome.Conflict(CensusReviewStore.ConcurrencyMessage);
        var route = await reviews.RouteOfAsync(site, cancellation);
        var review = await db.Set<CensusReview>().AsNoTracking().FirstOrDefaultAsync(r => r.WebsiteId == id, cancellation);
        if (route is null || ActorFor(site) is not { } reviewer
            || !ReviewWorkflow.CanEdit(new ReviewStatus(site.Status, review?.Step ?? 0), route, reviewer))
            return SiteOutcome.Conflict($"该记录状态为“{WebsiteLabels.Of(site.Status)}”，您现在不能重命名（提交前由填报单位修改，审核中由当前审核单位修改）。");

        var old = site.Name;
        site.Name = name;
        db.Entry(site).Property(w => w.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SiteOutcome.Conflict(CensusReviewStore.ConcurrencyMessage);
        }

        return SiteOutcome.Ok(site, $"已将“{old}”重命名为“{name}”。");
    }

    private async Task<SiteOutcome> ActAsync(int id, int version, ReviewAction action, string? reason, CancellationToken cancellation)
    {
        var site = await scope.Websites(db.Websites.AsNoTracking()).FirstOrDefaultAsync(w => w.Id == id, cancellation);
        return site is null ? SiteOutcome.NotFound(NotFoundMessage) : await ApplyAsync(site, version, action, reason, cancellation);
    }

    private async Task<SiteOutcome> ApplyAsync(Pucha.Core.Websites.Website site, int version, ReviewAction action, string? reason, CancellationToken cancellation)
    {
        if (ActorFor(site) is not { } reviewer)
            return SiteOutcome.Forbidden("平台管理员不参与逐级审核，请使用组织单位或填报单位的账号。");
        // The service loads the record afresh with change tracking; nothing read here is written back.
        db.ChangeTracker.Clear();
        var result = await reviews.ApplyAsync(site.Id, version, action, reviewer, reason, cancellation);
        if (result is not { IsOk: true, Value: var receipt })
            return result.As<Pucha.Core.Websites.Website>();
        return SiteOutcome.Ok(site, action switch
        {
            ReviewAction.Approve when receipt!.SiteCode is not null =>
                $"“{site.Name}”已审核通过，网站标识码 {receipt.SiteCode} 已生成，网站标识码和校验码已通过邮件发送给网站负责人和联系人。",
            ReviewAction.Approve => $"“{site.Name}”已审核通过，已报上级组织单位审核。",
            ReviewAction.Return => $"“{site.Name}”已退回填报单位。",
            _ => $"“{site.Name}”已提交，等待上级组织单位审核。",
        });
    }

    private ReviewActor? ActorFor(Pucha.Core.Websites.Website site) =>
        scope.OrganizationId is { } own
            ? new ReviewActor(actor.UserId, actor.Name, own, own == site.OrganizationId)
            : null;

    /// <summary>
    /// 省/部, 市, 县 of each row: the ministry's name when a 国务院部门 is on the site's path, else the names
    /// of the site's province, city and county divisions. Two small queries for the whole page.
    /// </summary>
    private async Task<Func<string?, string, (string, string, string)>> PlaceNamesAsync(
        IReadOnlyList<(string? Region, string Path)> rows, CancellationToken cancellation)
    {
        var ancestorIds = rows.SelectMany(r => OrganizationPath.Ids(r.Path)).Distinct().ToList();
        var ministries = await db.Organizations.AsNoTracking()
            .Where(o => ancestorIds.Contains(o.Id) && o.Kind == OrganizationKind.MinistryOffice)
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellation);
        var codes = rows.Where(r => r.Region is not null && RegionCode.IsValid(r.Region))
            .SelectMany(r => new[] { RegionCode.ProvinceOf(r.Region!), RegionCode.CityOf(r.Region!), r.Region })
            .OfType<string>().Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, cancellation);

        return (code, path) =>
        {
            var ministry = OrganizationPath.Ids(path).Select(id => ministries.GetValueOrDefault(id)).FirstOrDefault(n => n is not null);
            if (code is null || !RegionCode.IsValid(code))
                return (ministry ?? "", "", "");
            var province = regions.GetValueOrDefault(RegionCode.ProvinceOf(code))?.Name ?? "";
            var city = RegionCode.CityOf(code) is { } c && regions.GetValueOrDefault(c) is { IsPlaceholder: false } cityRegion ? cityRegion.Name : "";
            var county = RegionCode.LevelOf(code) == RegionLevel.County ? regions.GetValueOrDefault(code)?.Name ?? "" : "";
            return (ministry ?? province, city, county);
        };
    }
}
