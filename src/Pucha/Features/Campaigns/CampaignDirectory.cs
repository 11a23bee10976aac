using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Campaigns;
using Pucha.Core.Organizations;
using Pucha.Data;
using Pucha.Data.Campaigns;
using Pucha.Data.Organizations;

namespace Pucha.Features.Campaigns;

/// <summary>
/// Reads and changes campaigns within the caller's scope. A caller sees the campaigns that cover its
/// unit (run by the unit itself or by an organizer above it) and those run inside its subtree; any
/// other id answers 404. Campaigns are created and edited by platform administrators and by the
/// organizers that run a census — 国务院办公厅, 省级政府办公厅, 国务院部门办公厅（室） — for their own unit.
/// Every change is audited by the data layer's interceptor (Campaign is <see cref="Core.Audit.IAuditable"/>).
/// </summary>
public sealed class CampaignDirectory(PuchaDbContext db, AccessScope scope, TimeProvider clock)
{
    public const string ConcurrencyMessage = "该活动已被他人修改，请刷新后重试。";
    public const string NotAllowedMessage = "只有平台管理员及国务院办公厅、省级政府办公厅、国务院部门办公厅（室）可以创建和修改普查活动。";

    /// <summary>The organizer kinds that run campaigns.</summary>
    public static bool RunsCampaigns(OrganizationKind kind) =>
        kind is OrganizationKind.StateCouncilOffice or OrganizationKind.ProvincialGovernmentOffice or OrganizationKind.MinistryOffice;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<List<CampaignView>> ListAsync(CancellationToken cancellation)
    {
        var campaigns = await Visible(db.Set<Campaign>().AsNoTracking())
            .OrderByDescending(c => c.SurveyStart).ThenByDescending(c => c.Id).Take(500).ToListAsync(cancellation);
        return await ViewsAsync(campaigns, cancellation);
    }

    /// <summary>The campaign, or null when it does not exist or lies outside the caller's scope.</summary>
    public async Task<CampaignView?> FindAsync(int id, CancellationToken cancellation)
    {
        var campaign = await Visible(db.Set<Campaign>().AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, cancellation);
        return campaign is null ? null : (await ViewsAsync([campaign], cancellation))[0];
    }

    /// <summary>Whether the caller may create a campaign at all (pages hide the button otherwise).</summary>
    public async Task<bool> CanCreateAsync(CancellationToken cancellation) =>
        scope.IsAdministrator || (await OwnUnitAsync(cancellation) is { } unit && RunsCampaigns(unit.Kind));

    /// <summary>The units a new campaign may be run by: any census-running organizer for administrators, else the caller's own unit.</summary>
    public async Task<List<Organization>> OrganizerChoicesAsync(CancellationToken cancellation)
    {
        if (!scope.IsAdministrator)
            return await OwnUnitAsync(cancellation) is { } unit && RunsCampaigns(unit.Kind) ? [unit] : [];
        return await db.Organizations.AsNoTracking()
            .Where(o => o.Kind == OrganizationKind.StateCouncilOffice || o.Kind == OrganizationKind.ProvincialGovernmentOffice || o.Kind == OrganizationKind.MinistryOffice)
            .OrderBy(o => o.Path).Take(1000).ToListAsync(cancellation);
    }

    public async Task<Outcome<CampaignView>> CreateAsync(CampaignInput input, CancellationToken cancellation)
    {
        if (!await CanCreateAsync(cancellation))
            return Outcome<CampaignView>.Forbidden(NotAllowedMessage);

        var organizerId = scope.IsAdministrator ? input.OrganizerId : scope.OrganizationId;
        var organizer = organizerId is { } id
            ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellation)
            : null;
        var errors = new Dictionary<string, string>();
        if (organizer is null || !RunsCampaigns(organizer.Kind))
            errors[nameof(CampaignInput.OrganizerId)] = "请选择组织活动的单位（国务院办公厅、省级政府办公厅或国务院部门办公厅（室））。";

        var campaign = new Campaign { OrganizerId = organizer?.Id ?? 0, OrganizerPath = organizer?.Path ?? "" };
        Apply(input, campaign, errors);
        if (errors.Count > 0)
            return Outcome<CampaignView>.Invalid(errors);

        db.Add(campaign);
        await db.SaveChangesAsync(cancellation);
        return Outcome<CampaignView>.Ok(View(campaign, organizer!.Name));
    }

    public async Task<Outcome<CampaignView>> UpdateAsync(int id, CampaignInput input, CancellationToken cancellation)
    {
        var campaign = await Visible(db.Set<Campaign>()).FirstOrDefaultAsync(c => c.Id == id, cancellation);
        if (campaign is null)
            return Outcome<CampaignView>.NotFound();
        if (!CanEdit(campaign))
            return Outcome<CampaignView>.Forbidden(NotAllowedMessage);
        if (input.Version is not { } version)
            return Outcome<CampaignView>.Invalid(new Dictionary<string, string> { [nameof(CampaignInput.Version)] = "缺少版本号（version），请刷新后重试。" });
        if (version != campaign.Version)
            return Outcome<CampaignView>.Conflict(ConcurrencyMessage);

        var errors = new Dictionary<string, string>();
        Apply(input, campaign, errors);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Outcome<CampaignView>.Invalid(errors);
        }

        // The save bumps the version; the UPDATE matches only the version read above, so a concurrent edit touches no row.
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<CampaignView>.Conflict(ConcurrencyMessage);
        }

        var organizerName = await db.Organizations.Where(o => o.Id == campaign.OrganizerId).Select(o => o.Name).FirstAsync(cancellation);
        return Outcome<CampaignView>.Ok(View(campaign, organizerName));
    }

    /// <summary>
    /// The board at <paramref name="organizationId"/> (default: the caller's unit, or the campaign's
    /// organizer for administrators and for callers above it). Null when the unit is outside the
    /// caller's scope or outside the campaign.
    /// </summary>
    public async Task<CampaignProgress?> ProgressAsync(int campaignId, int? organizationId, CancellationToken cancellation)
    {
        if (await FindAsync(campaignId, cancellation) is not { } view)
            return null;

        var campaign = view.Campaign;
        var startId = organizationId
            ?? (scope.OrganizationId is { } own && scope.RootPath is { } root && OrganizationPath.IsWithin(root, campaign.OrganizerPath) ? own : campaign.OrganizerId);
        var unit = await scope.Organizations(db.Organizations.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == startId, cancellation);
        if (unit is null || !OrganizationPath.IsWithin(unit.Path, campaign.OrganizerPath))
            return null;

        // From the higher of the campaign's organizer and the caller's own unit down to this one.
        var top = scope.RootPath is { } rootPath && OrganizationPath.IsWithin(rootPath, campaign.OrganizerPath) ? rootPath : campaign.OrganizerPath;
        var topDepth = OrganizationPath.Depth(top);
        var ids = OrganizationPath.Ids(unit.Path).Skip(topDepth - 1).ToList();
        var trail = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Path).ToListAsync(cancellation);

        var now = clock.GetUtcNow();
        var board = await CampaignProgressQuery.ForAsync(db, campaign, unit, now, cancellation);
        return new CampaignProgress(view, unit, trail, board, now);
    }

    private IQueryable<Campaign> Visible(IQueryable<Campaign> source)
    {
        if (scope.RootPath is not { } root)
            return source;

        // Run by the caller's unit or an organizer above it (its path is a prefix of the caller's), or inside the caller's subtree.
        var ids = OrganizationPath.Ids(root);
        var covering = new List<string>(ids.Count);
        string? path = null;
        foreach (var id in ids)
        {
            path = OrganizationPath.Child(path, id);
            covering.Add(path);
        }

        var upper = OrganizationPath.SubtreeUpperBound(root);
        return source.Where(c => covering.Contains(c.OrganizerPath)
            || (string.Compare(c.OrganizerPath, root) >= 0 && string.Compare(c.OrganizerPath, upper) < 0));
    }

    private bool CanEdit(Campaign campaign) =>
        scope.IsAdministrator || (!scope.IsReportingUnit && scope.OrganizationId == campaign.OrganizerId);

    private async Task<Organization?> OwnUnitAsync(CancellationToken cancellation) =>
        scope.OrganizationId is { } id && !scope.IsReportingUnit
            ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellation)
            : null;

    private async Task<List<CampaignView>> ViewsAsync(List<Campaign> campaigns, CancellationToken cancellation)
    {
        var organizerIds = campaigns.Select(c => c.OrganizerId).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => organizerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellation);
        return campaigns.Select(c => View(c, names.GetValueOrDefault(c.OrganizerId, ""))).ToList();
    }

    private CampaignView View(Campaign campaign, string organizerName) =>
        new(campaign, organizerName, CampaignCalendar.StatusAt(campaign, clock.GetUtcNow()), CanEdit(campaign));

    private static void Apply(CampaignInput input, Campaign campaign, Dictionary<string, string> errors)
    {
        campaign.Name = input.Name?.Trim() ?? "";
        campaign.Description = input.Description?.Trim() ?? "";
        campaign.SurveyStart = Date(input.SurveyStart, nameof(input.SurveyStart), "统计摸底开始日期", errors);
        campaign.SurveyEnd = Date(input.SurveyEnd, nameof(input.SurveyEnd), "统计摸底结束日期", errors);
        campaign.RectificationStart = Date(input.RectificationStart, nameof(input.RectificationStart), "检查整改开始日期", errors);
        campaign.RectificationEnd = Date(input.RectificationEnd, nameof(input.RectificationEnd), "检查整改结束日期", errors);
        campaign.SpotCheckStart = Date(input.SpotCheckStart, nameof(input.SpotCheckStart), "抽查核查开始日期", errors);
        campaign.SpotCheckEnd = Date(input.SpotCheckEnd, nameof(input.SpotCheckEnd), "抽查核查结束日期", errors);
        campaign.BulletinStart = Date(input.BulletinStart, nameof(input.BulletinStart), "通报总结开始日期", errors);
        campaign.BulletinEnd = Date(input.BulletinEnd, nameof(input.BulletinEnd), "通报总结结束日期", errors);
        campaign.SubmissionDeadline = Date(input.SubmissionDeadline, nameof(input.SubmissionDeadline), CampaignLabels.SubmissionDeadline, errors);
        campaign.CountyReviewDeadline = Date(input.CountyReviewDeadline, nameof(input.CountyReviewDeadline), CampaignLabels.CountyReviewDeadline, errors);
        campaign.CityReviewDeadline = Date(input.CityReviewDeadline, nameof(input.CityReviewDeadline), CampaignLabels.CityReviewDeadline, errors);
        campaign.ProvinceReviewDeadline = Date(input.ProvinceReviewDeadline, nameof(input.ProvinceReviewDeadline), CampaignLabels.ProvinceReviewDeadline, errors);

        campaign.ProbesPerDay = input.ProbesPerDay;
        campaign.SnapshotsPerDay = input.SnapshotsPerDay;
        campaign.ColumnChecksPerDay = input.ColumnChecksPerDay;
        foreach (var (field, message) in campaign.Cadence.Validate().Errors)
            errors.TryAdd(field, message);

        // Order rules only make sense once every date is there; the missing ones are already reported.
        var datesMissing = errors.Keys.Any(k => k != nameof(CampaignInput.OrganizerId));
        foreach (var (field, message) in CampaignValidator.Validate(campaign).Errors)
        {
            if (!datesMissing || field is nameof(Campaign.Name) or nameof(Campaign.Description))
                errors.TryAdd(field, message);
        }
    }

    private static DateOnly Date(DateOnly? value, string field, string label, Dictionary<string, string> errors)
    {
        if (value is { } date)
            return date;
        errors[field] = $"请填写{label}。";
        return default;
    }
}
