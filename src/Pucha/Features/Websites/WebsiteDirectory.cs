using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Core.Census;
using Pucha.Core.Columns;
using Pucha.Core.Regions;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Census;
using Pucha.Data.Infrastructure;
using Pucha.Data.Websites;

namespace Pucha.Features.Websites;

/// <summary>
/// The registry of websites within the caller's scope: list, read, create, update. Every change is
/// validated whole (基本信息表 and 栏目表 together) before anything is written, and saved in one go.
/// </summary>
public sealed class WebsiteDirectory(PuchaDbContext db, AccessScope scope, TimeProvider clock, IAuditActor actor, CensusReviewStore reviews)
{
    /// <summary>
    /// What the review state lets the caller do with the site's forms now (<see cref="RegistryEditRule"/>),
    /// for pages to say so before anything is typed; nothing is changed.
    /// </summary>
    public Task<RegistryEditDecision> EditDecisionAsync(Website site, CancellationToken cancellation) =>
        reviews.GuardEditAsync(site, ActorFor(site), apply: false, cancellation);

    public async Task<Website?> FindAsync(int id, CancellationToken cancellation) =>
        await scope.Websites(db.Websites.AsNoTracking())
            .Include(w => w.Columns.OrderBy(c => c.Kind).ThenBy(c => c.Position))
            .FirstOrDefaultAsync(w => w.Id == id, cancellation);

    public async Task<PagedList<WebsiteListItem>> ListAsync(WebsiteListQuery query, CancellationToken cancellation)
    {
        var sites = Filter(scope.Websites(db.Websites.AsNoTracking()), query);
        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        // Counted only as far as the pager needs (Paging.CountCap): the exact total of the whole registry
        // was most of the cost of an administrator's list on PostgreSQL.
        var count = await WebsiteQueries.CountAsync(sites, Paging.CountLimit(page, size), cancellation);
        var items = await Sort(sites, query.Sort, query.Desc)
            .Skip((page - 1) * size).Take(size)
            .Select(w => new WebsiteListItem(w.Id, w.Name, w.HomepageUrl, w.SiteCode, w.RegionCode, w.DepartmentOrRegion, w.IcpNumber,
                w.Status, w.OrganizationId,
                db.Organizations.Where(o => o.Id == w.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                w.UpdatedAt, w.Version))
            .ToListAsync(cancellation);
        return new PagedList<WebsiteListItem>(items, count.Value, page, size, count.IsAtLeast);
    }

    public async Task<Outcome<Website>> CreateAsync(WebsiteInput input, CancellationToken cancellation)
    {
        var owner = input.OrganizationId is { } ownerId
            ? await scope.Organizations(db.Organizations.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == ownerId, cancellation)
            : scope.OrganizationId is { } ownUnit && scope.IsReportingUnit
                ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == ownUnit, cancellation)
                : null;
        if (owner is null)
            return input.OrganizationId is null
                ? Outcome<Website>.Invalid(new Dictionary<string, string> { [nameof(WebsiteInput.OrganizationId)] = "请选择填报单位。" })
                : Outcome<Website>.Forbidden("只能为本单位及下级单位登记网站。");

        if (await Pucha.Features.Organizations.OrganizationDirectory.IsDisabledAlongAsync(db, owner.Path, cancellation))
            return Outcome<Website>.Invalid(new Dictionary<string, string> { [nameof(WebsiteInput.OrganizationId)] = "该填报单位已停用，不能登记网站。" });

        var site = new Website { OrganizationId = owner.Id, OrganizationPath = owner.Path, Status = CensusStatus.NotSubmitted };
        input.ApplyTo(site);
        var errors = await ValidateAsync(site, owner.RegionCode, cancellation);
        var columns = ParseColumns(input.Columns, errors);
        if (errors.Count > 0)
            return Outcome<Website>.Invalid(errors);

        site.NormalizedHomepageUrl = HomepageUrls.Normalize(site.HomepageUrl);
        if (columns is not null)
            site.Columns = columns;
        db.Websites.Add(site);
        return await SaveAsync(site, cancellation);
    }

    public async Task<Outcome<Website>> UpdateAsync(int id, WebsiteInput input, CancellationToken cancellation)
    {
        var site = await scope.Websites(db.Websites).Include(w => w.Columns).FirstOrDefaultAsync(w => w.Id == id, cancellation);
        if (site is null)
            return Outcome<Website>.NotFound();
        if (input.Version is not { } version)
            return Outcome<Website>.Invalid(new Dictionary<string, string> { [nameof(WebsiteInput.Version)] = "缺少版本号（version），请重新打开后再修改。" });
        if (version != site.Version)
            return Conflict();
        var decision = await reviews.GuardEditAsync(site, ActorFor(site), apply: true, cancellation);
        if (Refusal(decision) is { } refused)
            return refused;
        if (input.OrganizationId is { } ownerId && ownerId != site.OrganizationId)
        {
            var owner = await scope.Organizations(db.Organizations.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == ownerId, cancellation);
            if (owner is null)
                return Outcome<Website>.Forbidden("只能把网站转给本单位及下级单位。");
            site.OrganizationId = owner.Id;
            site.OrganizationPath = owner.Path;
        }

        // The version the caller saw is the one the database must still hold when we write.
        db.Entry(site).Property(w => w.Version).OriginalValue = version;
        input.ApplyTo(site);
        var ownerRegion = await db.Organizations.Where(o => o.Id == site.OrganizationId).Select(o => o.RegionCode).FirstOrDefaultAsync(cancellation);
        var errors = await ValidateAsync(site, ownerRegion, cancellation);
        var columns = ParseColumns(input.Columns, errors);
        if (errors.Count > 0)
            return Outcome<Website>.Invalid(errors);

        site.NormalizedHomepageUrl = HomepageUrls.Normalize(site.HomepageUrl);
        if (columns is not null)
            ReplaceColumns(site, columns);
        return await SaveAsync(site, cancellation, decision);
    }

    /// <summary>Replaces the 栏目（系统）基本信息表 of a site (all fourteen rows at once).</summary>
    public async Task<Outcome<Website>> UpdateColumnsAsync(int id, int version, Dictionary<ColumnKind, ColumnCellsInput> rows, CancellationToken cancellation)
    {
        var site = await scope.Websites(db.Websites).Include(w => w.Columns).FirstOrDefaultAsync(w => w.Id == id, cancellation);
        if (site is null)
            return Outcome<Website>.NotFound();
        if (version != site.Version)
            return Conflict();
        var decision = await reviews.GuardEditAsync(site, ActorFor(site), apply: true, cancellation);
        if (Refusal(decision) is { } refused)
            return refused;

        var errors = new Dictionary<string, string>();
        var columns = ParseColumns(rows, errors)!;
        if (errors.Count > 0)
            return Outcome<Website>.Invalid(errors);

        db.Entry(site).Property(w => w.Version).OriginalValue = version;
        ReplaceColumns(site, columns);
        // The columns are part of the registration: a change to them is a change of the site.
        site.UpdatedAt = db.Clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(site, cancellation, decision);
    }

    private async Task<Outcome<Website>> SaveAsync(Website site, CancellationToken cancellation, RegistryEditDecision? decision = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellation);
            return Outcome<Website>.Ok(site, decision?.Kind == RegistryEditKind.Reopens ? RegistryEditRule.ReopenedMessage : null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }
        catch (DbUpdateException)
        {
            // Two units registering the same homepage at the same moment: the unique index decides.
            db.ChangeTracker.Clear();
            if (await HomepageTakenAsync(site, cancellation))
                return Outcome<Website>.Invalid(new Dictionary<string, string> { [nameof(Website.HomepageUrl)] = "该首页网址已被其他网站登记。" });
            throw;
        }
    }

    // The caller as a review actor: its unit, and whether that unit runs the site; null for a platform administrator.
    private ReviewActor? ActorFor(Website site) =>
        scope.OrganizationId is { } own ? new ReviewActor(actor.UserId, actor.Name, own, own == site.OrganizationId) : null;

    private static Outcome<Website>? Refusal(RegistryEditDecision decision) => decision.Kind switch
    {
        RegistryEditKind.InReview => Outcome<Website>.Conflict(decision.Message!),
        RegistryEditKind.Forbidden => Outcome<Website>.Forbidden(decision.Message!),
        _ => null,
    };

    private static Outcome<Website> Conflict() =>
        Outcome<Website>.Conflict("该网站信息已被他人修改，请重新打开后再修改（您的修改未保存）。");

    private async Task<Dictionary<string, string>> ValidateAsync(Website site, string? ownerRegion, CancellationToken cancellation)
    {
        // 填报日期 may not lie in the future of the platform's own calendar day.
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new Dictionary<string, string>(WebsiteValidator.Validate(site, today).Errors);
        if (site.RegionCode is { } code && !errors.ContainsKey(nameof(Website.RegionCode)))
        {
            if (!RegionCode.IsValid(code) || !await db.Regions.AnyAsync(r => r.Code == code, cancellation))
                errors[nameof(Website.RegionCode)] = "行政区划代码不存在，请填写6位行政区划代码，例如 430103。";
            else if (ownerRegion is not null && !RegionCode.IsWithin(code, ownerRegion))
                errors[nameof(Website.RegionCode)] = $"行政区划须在填报单位所在地区（{ownerRegion}）之内。";
        }

        if (!errors.ContainsKey(nameof(Website.HomepageUrl)) && await HomepageTakenAsync(site, cancellation))
            errors[nameof(Website.HomepageUrl)] = "该首页网址已被其他网站登记。";
        return errors;
    }

    private Task<bool> HomepageTakenAsync(Website site, CancellationToken cancellation)
    {
        if (!HomepageUrls.IsValid(site.HomepageUrl))
            return Task.FromResult(false);
        var normalized = HomepageUrls.Normalize(site.HomepageUrl);
        return db.Websites.AsNoTracking().AnyAsync(w => w.NormalizedHomepageUrl == normalized && w.Id != site.Id, cancellation);
    }

    private static List<WebsiteColumn>? ParseColumns(Dictionary<ColumnKind, ColumnCellsInput>? rows, Dictionary<string, string> errors)
    {
        if (rows is null)
            return null;
        var cells = rows.ToDictionary(r => r.Key, r => (r.Value.Names, r.Value.Addresses));
        var (columnErrors, columns) = ColumnFormValidator.Validate(cells);
        foreach (var (field, message) in columnErrors.Errors)
            errors[ColumnField(field)] = message;
        return columns.Select(c => new WebsiteColumn { Kind = c.Kind, Name = c.Entry.Name, Url = c.Entry.Url }).ToList();
    }

    /// <summary>The error key of a 附件4 row: "Columns.WorkNews".</summary>
    public static string ColumnField(string kind) => "Columns." + kind;

    private static void ReplaceColumns(Website site, List<WebsiteColumn> columns)
    {
        site.Columns.Clear();
        foreach (var group in columns.GroupBy(c => c.Kind))
        {
            var position = 0;
            foreach (var column in group)
            {
                column.Position = position++;
                site.Columns.Add(column);
            }
        }
    }

    private IQueryable<Website> Filter(IQueryable<Website> sites, WebsiteListQuery query)
    {
        if (Search(query.Name) is { } name)
            sites = Contains(sites, nameof(Website.Name), name);
        if (Search(query.Url)?.ToLowerInvariant() is { } url)
            sites = Contains(sites, nameof(Website.NormalizedHomepageUrl), url);
        if (Search(query.SiteCode) is { } siteCode)
            sites = sites.Where(w => w.SiteCode != null && w.SiteCode.StartsWith(siteCode));
        if (RegionPrefix(query.Region) is { } region)
        {
            // A whole division (43, 4301, 430103) is the data layer's indexed code range; other digit
            // counts are a plain prefix.
            sites = region.Length is 2 or 4 or 6 && RegionCode.IsValid(RegionCode.Normalize(region))
                ? sites.Filter(db.Provider, new WebsiteListFilter { RegionCode = RegionCode.Normalize(region) })
                : sites.Where(w => w.RegionCode != null && w.RegionCode.StartsWith(region));
        }
        if (query.Status is { } status)
            sites = sites.Where(w => w.Status == status);
        return sites;
    }

    // Substring search. PostgreSQL answers LIKE '%…%' from its trigram indexes (IX_Websites_Name_trgm).
    // SQLite answers three characters or more from the data layer's trigram FTS5 table (WebsiteSearch),
    // restricted to the one column, and names of one or two characters from its name-piece index
    // (WebsiteNameGrams: 67 → 15 ms of CPU per request at 100,000 sites). A short URL fragment finds the
    // matching ids by scanning the narrow URL index instead of the wide rows.
    private IQueryable<Website> Contains(IQueryable<Website> sites, string column, string text)
    {
        var pattern = LikePattern(text);
        if (db.Provider == DatabaseProvider.PostgreSql)
            return column == nameof(Website.Name)
                ? sites.Where(w => EF.Functions.Like(w.Name, pattern, LikeEscape))
                : sites.Where(w => EF.Functions.Like(w.NormalizedHomepageUrl, pattern, LikeEscape));

        if (text.Length >= WebsiteQueries.SqliteIndexedSearchLength)
        {
            // An FTS5 column filter and phrase; quotes inside are doubled. The trigram index ignores case,
            // as SQLite's LIKE does for ASCII.
            var query = $"{column} : \"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            var ids = db.Database.SqlQueryRaw<int>("SELECT rowid AS \"Value\" FROM \"WebsiteSearch\" WHERE \"WebsiteSearch\" MATCH {0}", query);
            return sites.Where(w => ids.Contains(w.Id));
        }

        if (column == nameof(Website.Name) && WebsiteQueries.SqliteShortNameMatches(db, text) is { } nameIds)
            return sites.Where(w => nameIds.Contains(w.Id));

        return column == nameof(Website.Name)
            ? sites.Where(w => db.Websites.Where(x => EF.Functions.Like(x.Name, pattern, LikeEscape)).Select(x => x.Id).Contains(w.Id))
            : sites.Where(w => db.Websites.Where(x => EF.Functions.Like(x.NormalizedHomepageUrl, pattern, LikeEscape)).Select(x => x.Id).Contains(w.Id));
    }

    private const string LikeEscape = "\\";

    /// <summary>'%text%' with the LIKE wildcards of the user's text escaped: 100% matches "100%", not everything.</summary>
    private static string LikePattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static IQueryable<Website> Sort(IQueryable<Website> sites, string? sort, bool desc) => (sort?.ToLowerInvariant(), desc) switch
    {
        ("name", false) => sites.OrderBy(w => w.Name).ThenBy(w => w.Id),
        ("name", true) => sites.OrderByDescending(w => w.Name).ThenByDescending(w => w.Id),
        ("url", false) => sites.OrderBy(w => w.NormalizedHomepageUrl),
        ("url", true) => sites.OrderByDescending(w => w.NormalizedHomepageUrl),
        ("region", false) => sites.OrderBy(w => w.RegionCode).ThenBy(w => w.Id),
        ("region", true) => sites.OrderByDescending(w => w.RegionCode).ThenByDescending(w => w.Id),
        ("status", false) => sites.OrderBy(w => w.Status).ThenBy(w => w.Id),
        ("status", true) => sites.OrderByDescending(w => w.Status).ThenByDescending(w => w.Id),
        ("sitecode", false) => sites.OrderBy(w => w.SiteCode).ThenBy(w => w.Id),
        ("sitecode", true) => sites.OrderByDescending(w => w.SiteCode).ThenByDescending(w => w.Id),
        ("updated", false) => sites.OrderBy(w => w.UpdatedAt).ThenBy(w => w.Id),
        ("updated", true) => sites.OrderByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id),
        (_, true) => sites.OrderByDescending(w => w.Id),
        _ => sites.OrderBy(w => w.Id),
    };

    private static string? Search(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > WebsiteListQuery.MaxSearchLength ? trimmed[..WebsiteListQuery.MaxSearchLength] : trimmed;
    }

    /// <summary>"430000" → "43", "430100" → "4301", digits up to six kept as typed; anything else is no filter.</summary>
    public static string? RegionPrefix(string? region)
    {
        var code = region?.Trim();
        if (string.IsNullOrEmpty(code) || code.Length > 6 || !code.All(char.IsAsciiDigit))
            return null;
        return RegionCode.IsValid(code) ? RegionCode.SubtreePrefix(code) : code;
    }
}
