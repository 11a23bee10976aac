using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Core.Organizations;
using Pucha.Core.Regions;
using Pucha.Data.Audit;

namespace Pucha.Data.Organizations;

/// <summary>
/// Creates units in the organization tree: checks the reporting rule (<see cref="ReportingRule"/>)
/// against the chosen parent and assigns the materialized path, in one transaction.
/// </summary>
public sealed class OrganizationStore(PuchaDbContext context)
{
    /// <summary>Longest unit name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// Adds <paramref name="unit"/> under <c>unit.ParentId</c> (null only for the root 国务院办公厅).
    /// Refuses (<see cref="OutcomeKind.Invalid"/>, the Chinese message on the field it concerns) a missing name or
    /// parent, a second 国务院办公厅, or a placement that breaks the reporting rule; nothing is saved then.
    /// </summary>
    public async Task<Outcome<Organization>> CreateAsync(Organization unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        unit.Name = unit.Name.Trim();
        if (unit.Name.Length == 0)
        {
            return Outcome<Organization>.Invalid(nameof(Organization.Name), "请填写单位名称。");
        }

        if (unit.Name.Length > MaxNameLength)
        {
            return Outcome<Organization>.Invalid(nameof(Organization.Name), $"单位名称不能超过{MaxNameLength}个字符。");
        }

        var parent = unit.ParentId is { } parentId
            ? await context.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken)
            : null;
        if (unit.ParentId is not null && parent is null)
        {
            return Outcome<Organization>.Invalid(nameof(Organization.ParentId), "上级单位不存在。");
        }

        if (unit.Kind == OrganizationKind.StateCouncilOffice
            && await context.Organizations.AnyAsync(o => o.Kind == OrganizationKind.StateCouncilOffice, cancellationToken))
        {
            return Outcome<Organization>.Invalid(nameof(Organization.ParentId), "国务院办公厅已存在，只能有一个最上级组织单位。");
        }

        var regions = await LoadRegionsAsync(unit.RegionCode, cancellationToken);
        if (ReportingRule.CheckParent(unit, parent, code => regions.GetValueOrDefault(code)) is { } error)
        {
            return Outcome<Organization>.Invalid(FieldOf(error), error);
        }

        var ownsTransaction = context.Database.CurrentTransaction is null;
        await using var transaction = ownsTransaction ? await context.Database.BeginTransactionAsync(cancellationToken) : null;

        // The path contains the unit's own id, known only after the insert; the two saves are
        // audited as one 新增 with the final path.
        context.AuditSuppressed = true;
        try
        {
            unit.Path = "/pending/" + Guid.NewGuid().ToString("N") + "/";
            var entry = context.Organizations.Add(unit);
            await context.SaveChangesAsync(cancellationToken);
            unit.Path = OrganizationPath.Child(parent?.Path, unit.Id);
            await context.SaveChangesAsync(cancellationToken);
            var audit = context.AddAuditEntry(AuditAction.Create, nameof(Organization), AuditChanges.KeyOf(entry), unit.Path);
            audit.Changes = AuditChanges.Describe(entry, EntityState.Added);
            await context.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            context.AuditSuppressed = false;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return Outcome<Organization>.Ok(unit);
    }

    /// <summary>
    /// Checks <paramref name="unit"/> (e.g. with a changed 行政区划代码 or 部门代码) against the reporting
    /// rule and its present parent; returns the Chinese error, or null when the placement still holds.
    /// </summary>
    public async Task<string?> CheckPlacementAsync(Organization unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var parent = unit.ParentId is { } parentId
            ? await context.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken)
            : null;
        var regions = await LoadRegionsAsync(unit.RegionCode, cancellationToken);
        return ReportingRule.CheckParent(unit, parent, code => regions.GetValueOrDefault(code));
    }

    /// <summary>
    /// The organizer <paramref name="unit"/> must report to, among those registered: the first
    /// acceptable one in the rule's order of preference; <see cref="OutcomeKind.NotFound"/> when none is registered
    /// yet, <see cref="OutcomeKind.Invalid"/> when the unit's own codes break the rule.
    /// </summary>
    public async Task<Outcome<Organization>> FindReportingParentAsync(Organization unit, CancellationToken cancellationToken = default)
    {
        var regions = await LoadRegionsAsync(unit.RegionCode, cancellationToken);
        var line = ReportingRule.Resolve(unit, code => regions.GetValueOrDefault(code));
        if (line.Error is not null)
        {
            return Outcome<Organization>.Invalid(FieldOf(line.Error), line.Error);
        }

        foreach (var target in line.Targets)
        {
            var match = await context.Organizations.AsNoTracking()
                .Where(o => o.Kind == target.Kind
                    && (target.RegionCode == null || o.RegionCode == target.RegionCode)
                    && (target.DepartmentCode == null || o.DepartmentCode == target.DepartmentCode))
                .OrderBy(o => o.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (match is not null)
            {
                return Outcome<Organization>.Ok(match);
            }
        }

        return Outcome<Organization>.NotFound("尚未登记该单位应当报送的上级组织单位。");
    }

    // The reporting rule's messages name what is wrong: the 行政区划代码, the 部门代码, or else the chosen parent.
    private static string FieldOf(string error) =>
        error.Contains("行政区划", StringComparison.Ordinal) ? nameof(Organization.RegionCode)
        : error.Contains("部门代码", StringComparison.Ordinal) ? nameof(Organization.DepartmentCode)
        : nameof(Organization.ParentId);

    // The rule needs the unit's division and the one above it (to see whether that is a placeholder).
    private async Task<Dictionary<string, Region>> LoadRegionsAsync(string? regionCode, CancellationToken cancellationToken)
    {
        if (regionCode is null || !RegionCode.IsValid(regionCode))
        {
            return new Dictionary<string, Region>(StringComparer.Ordinal);
        }

        var cityCode = RegionCode.CityOf(regionCode) ?? regionCode;
        return await context.Regions.AsNoTracking()
            .Where(r => r.Code == regionCode || r.Code == cityCode)
            .ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
    }
}
