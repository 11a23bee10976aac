using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Organizations;
using Pucha.Core.Regions;
using Pucha.Data;
using Pucha.Data.Organizations;

namespace Pucha.Features.Organizations;

/// <summary>Reads and changes the organization tree within the caller's scope.</summary>
public sealed class OrganizationDirectory(PuchaDbContext db, AccessScope scope, OrganizationStore registry)
{
    public const int MaxNameLength = OrganizationStore.MaxNameLength;
    public const int MaxContactLength = 50;
    public const int MaxAddressLength = 200;
    public const int MaxEmailLength = 200;

    /// <summary>The unit, or null when it does not exist or lies outside the caller's subtree.</summary>
    public Task<Organization?> FindAsync(int id, CancellationToken cancellation) =>
        scope.Organizations(db.Organizations.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == id, cancellation);

    public async Task<PagedList<Organization>> ListAsync(OrganizationQuery query, CancellationToken cancellation)
    {
        var units = scope.Organizations(db.Organizations.AsNoTracking());
        if (query.ParentId is { } parentId)
            units = units.Where(o => o.ParentId == parentId);
        if (query.Kind is { } kind)
            units = units.Where(o => o.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Name))
            units = units.Where(o => o.Name.Contains(query.Name.Trim()));
        if (!string.IsNullOrWhiteSpace(query.Region) && query.Region.Trim().All(char.IsAsciiDigit))
            units = units.Where(o => o.RegionCode != null && o.RegionCode.StartsWith(query.Region.Trim()));

        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        var total = await units.CountAsync(cancellation);
        var items = await units.OrderBy(o => o.Path).Skip((page - 1) * size).Take(size).ToListAsync(cancellation);
        return new PagedList<Organization>(items, total, page, size);
    }

    /// <summary>Every unit of the caller's subtree, in tree order (path), for the tree page and the unit pickers.</summary>
    public Task<List<Organization>> SubtreeAsync(CancellationToken cancellation, int limit = 5000) =>
        scope.Organizations(db.Organizations.AsNoTracking()).OrderBy(o => o.Path).Take(limit).ToListAsync(cancellation);

    public async Task<Outcome<Organization>> CreateAsync(OrganizationInput input, CancellationToken cancellation)
    {
        if (!scope.CanManageUnits)
            return Outcome<Organization>.Forbidden("填报单位不能创建单位。");

        // Out of scope and nonexistent answer the same: nothing is learned about other regions.
        var parent = input.ParentId is { } parentId
            ? await scope.Organizations(db.Organizations).FirstOrDefaultAsync(o => o.Id == parentId, cancellation)
            : null;
        if (parent is null || !scope.CanCreateUnder(parent))
            return Outcome<Organization>.Forbidden("只能在本单位及下级单位之下创建单位。");
        if (await IsDisabledAlongAsync(db, parent.Path, cancellation))
            return Outcome<Organization>.Invalid(new Dictionary<string, string> { [nameof(input.ParentId)] = "上级单位已停用，不能在其下创建单位。" });

        var errors = new Dictionary<string, string>();
        var unit = new Organization
        {
            ParentId = parent.Id,
            Name = Required(input.Name, nameof(input.Name), "单位名称", MaxNameLength, errors),
            Kind = input.Kind ?? default,
            RegionCode = Blank(input.RegionCode),
            DepartmentCode = Blank(input.DepartmentCode),
            ManagementMode = input.ManagementMode,
            ContactName = Optional(input.ContactName, nameof(input.ContactName), "联系人", MaxContactLength, errors),
            ContactPhone = Optional(input.ContactPhone, nameof(input.ContactPhone), "联系电话", MaxContactLength, errors),
            ContactEmail = Optional(input.ContactEmail, nameof(input.ContactEmail), "电子邮箱", MaxEmailLength, errors),
            Address = Optional(input.Address, nameof(input.Address), "办公地址", MaxAddressLength, errors),
        };
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
            errors[nameof(input.Kind)] = "请选择单位类型。";
        else if (kind == OrganizationKind.StateCouncilOffice)
            errors[nameof(input.Kind)] = "国务院办公厅由平台创建，不能再创建。";
        if (!Enum.IsDefined(input.ManagementMode))
            errors[nameof(input.ManagementMode)] = "请选择管理方式。";
        if (unit.RegionCode is { } code && !RegionCode.IsValid(code))
            errors[nameof(input.RegionCode)] = "行政区划代码应为6位数字。";
        if (errors.Count > 0)
            return Outcome<Organization>.Invalid(errors);

        // The store checks the reporting rule against the parent and assigns the path, in one transaction.
        var created = await registry.CreateAsync(unit, cancellation);
        if (!created.IsOk)
            db.ChangeTracker.Clear();
        return created;
    }

    /// <summary>
    /// Changes a unit's name, contacts and (kind permitting, nothing below it yet) its codes. The
    /// version the caller read must still be the unit's: otherwise 409 and nothing is saved.
    /// </summary>
    public async Task<Outcome<Organization>> UpdateAsync(int id, OrganizationUpdate input, CancellationToken cancellation)
    {
        var unit = await scope.Organizations(db.Organizations).FirstOrDefaultAsync(o => o.Id == id, cancellation);
        if (unit is null)
            return Outcome<Organization>.NotFound();
        if (!scope.CanManageUnits)
            return Outcome<Organization>.Forbidden("填报单位不能修改单位信息。");
        if (input.Version is not { } version)
            return Outcome<Organization>.Invalid(new Dictionary<string, string> { [nameof(input.Version)] = "缺少版本号（version），请重新打开后再修改。" });
        if (version != unit.Version)
            return Conflict();

        // The version the caller saw is the one the database must still hold when we write.
        db.Entry(unit).Property(o => o.Version).OriginalValue = version;
        var errors = new Dictionary<string, string>();
        unit.Name = Required(input.Name, nameof(input.Name), "单位名称", MaxNameLength, errors);
        unit.ContactName = Optional(input.ContactName, nameof(input.ContactName), "联系人", MaxContactLength, errors);
        unit.ContactPhone = Optional(input.ContactPhone, nameof(input.ContactPhone), "联系电话", MaxContactLength, errors);
        unit.ContactEmail = Optional(input.ContactEmail, nameof(input.ContactEmail), "电子邮箱", MaxEmailLength, errors);
        unit.Address = Optional(input.Address, nameof(input.Address), "办公地址", MaxAddressLength, errors);
        await ApplyCodesAsync(unit, input, errors, cancellation);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Outcome<Organization>.Invalid(errors);
        }

        return await SaveAsync(unit, cancellation);
    }

    /// <summary>
    /// 停用 / 启用 a unit. A disabled unit keeps its websites and history; no account of it or below it
    /// can sign in, and no unit, account or website is created under it. Nobody disables their own unit.
    /// </summary>
    public async Task<Outcome<Organization>> SetDisabledAsync(int id, bool disabled, int version, CancellationToken cancellation)
    {
        var unit = await scope.Organizations(db.Organizations).FirstOrDefaultAsync(o => o.Id == id, cancellation);
        if (unit is null)
            return Outcome<Organization>.NotFound();
        if (!scope.CanManageUnits)
            return Outcome<Organization>.Forbidden("填报单位不能停用或启用单位。");
        if (unit.Id == scope.OrganizationId || unit.ParentId is null)
            return Outcome<Organization>.Forbidden(unit.ParentId is null ? "国务院办公厅不能停用。" : "不能停用本单位，请由上级单位操作。");
        if (version != unit.Version)
            return Conflict();
        if (unit.IsDisabled == disabled)
            return Outcome<Organization>.Ok(unit);

        db.Entry(unit).Property(o => o.Version).OriginalValue = version;
        unit.IsDisabled = disabled;
        return await SaveAsync(unit, cancellation);
    }

    /// <summary>True when the unit or a unit above it is disabled (its accounts cannot sign in).</summary>
    public static Task<bool> IsDisabledAlongAsync(PuchaDbContext db, string organizationPath, CancellationToken cancellation)
    {
        var ids = OrganizationPath.Ids(organizationPath);
        return db.Organizations.AnyAsync(o => ids.Contains(o.Id) && o.IsDisabled, cancellation);
    }

    /// <summary>Which codes a kind carries: 行政区划代码 for local units, 部门代码 for a department's system.</summary>
    public static bool HasRegionCode(OrganizationKind kind) => kind is not (OrganizationKind.StateCouncilOffice or OrganizationKind.MinistryOffice);

    public static bool HasDepartmentCode(OrganizationKind kind) =>
        kind is OrganizationKind.MinistryOffice or OrganizationKind.ProvincialVerticalDepartment or OrganizationKind.ReportingUnit;

    // A code decides whom the unit reports to and the 网站标识码 of its sites: it may change only while no
    // unit or website hangs below, and only to a placement the reporting rule still accepts.
    private async Task ApplyCodesAsync(Organization unit, OrganizationUpdate input, Dictionary<string, string> errors, CancellationToken cancellation)
    {
        var region = input.RegionCode is null ? unit.RegionCode : Blank(input.RegionCode);
        var department = input.DepartmentCode is null ? unit.DepartmentCode : Blank(input.DepartmentCode);
        if (region == unit.RegionCode && department == unit.DepartmentCode)
            return;

        if (region != unit.RegionCode && !HasRegionCode(unit.Kind))
            errors[nameof(input.RegionCode)] = $"{OrganizationKinds.Label(unit.Kind)}不填写行政区划代码。";
        else if (region is not null && !RegionCode.IsValid(region))
            errors[nameof(input.RegionCode)] = "行政区划代码应为6位数字。";
        if (department != unit.DepartmentCode && !HasDepartmentCode(unit.Kind))
            errors[nameof(input.DepartmentCode)] = $"{OrganizationKinds.Label(unit.Kind)}不填写部门代码。";
        else if (department is not null && (department.Length != 2 || !department.All(char.IsAsciiDigit)))
            errors[nameof(input.DepartmentCode)] = "部门代码应为2位数字。";
        if (errors.ContainsKey(nameof(input.RegionCode)) || errors.ContainsKey(nameof(input.DepartmentCode)))
            return;

        var field = region != unit.RegionCode ? nameof(input.RegionCode) : nameof(input.DepartmentCode);
        if (await db.Organizations.AnyAsync(o => o.ParentId == unit.Id, cancellation) || await db.Websites.AnyAsync(w => w.OrganizationId == unit.Id, cancellation))
        {
            errors[field] = "该单位已有下级单位或网站，不能修改行政区划代码或部门代码。";
            return;
        }

        unit.RegionCode = region;
        unit.DepartmentCode = department;
        if (await registry.CheckPlacementAsync(unit, cancellation) is { } rule)
            errors[field] = rule;
    }

    private async Task<Outcome<Organization>> SaveAsync(Organization unit, CancellationToken cancellation)
    {
        try
        {
            await db.SaveChangesAsync(cancellation);
            return Outcome<Organization>.Ok(unit);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflict();
        }
    }

    private static Outcome<Organization> Conflict() =>
        Outcome<Organization>.Conflict("该单位信息已被他人修改，请重新打开后再修改（您的修改未保存）。");

    /// <summary>Creates 国务院办公厅, the root of the tree, when the database has none. Returns the root.</summary>
    public static async Task<Organization> EnsureRootAsync(PuchaDbContext db, CancellationToken cancellation)
    {
        var root = await db.Organizations.FirstOrDefaultAsync(o => o.ParentId == null && o.Kind == OrganizationKind.StateCouncilOffice, cancellation);
        if (root is not null)
            return root;

        var created = await new OrganizationStore(db).CreateAsync(
            new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice }, cancellation);
        return created.Value ?? throw new InvalidOperationException(created.Message);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Required(string? value, string field, string label, int max, Dictionary<string, string> errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            errors[field] = $"请填写{label}。";
        else if (text.Length > max)
            errors[field] = $"{label}不能超过{max}个字符。";
        return text;
    }

    private static string Optional(string? value, string field, string label, int max, Dictionary<string, string> errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > max)
            errors[field] = $"{label}不能超过{max}个字符。";
        return text;
    }
}
