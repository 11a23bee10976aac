using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Core.Audit;
using Pucha.Core.Indicators;
using Pucha.Core.Organizations;
using Pucha.Core.Scoring;
using Pucha.Data;
using Pucha.Data.ScoreSheets;
using Pucha.Features.Scoring;

namespace Pucha.Features.ScoreSheets;

/// <summary>
/// The .xlsx exports of score sheets: one sheet shaped like the official table (ScoreSheetWorkbook),
/// and the 上报表 of an organizer's subtree (ScoreReportWorkbook) from each site's latest submitted
/// sheet of one kind. Both are audited as 导出.
/// </summary>
public sealed class ScoreSheetExports(PuchaDbContext db, AccessScope scope, ScoreSheetService sheets)
{
    public sealed record ExportFile(byte[] Content, string Name);

    public async Task<ExportFile?> SheetAsync(long sheetId, CancellationToken cancellationToken)
    {
        var view = await sheets.FindAsync(sheetId, cancellationToken);
        if (view is null)
            return null;
        using var buffer = new MemoryStream();
        ScoreSheetWorkbook.Write(buffer, view.Score, view.Set, new ScoredSite(view.Site.Name, view.Site.SiteCode ?? ""));
        db.AddAuditEntry(AuditAction.Export, nameof(SiteScoreSheet), sheetId.ToString(CultureInfo.InvariantCulture), view.Sheet.OrganizationPath,
            $"导出{ScoreSheetLabels.Of(view.Sheet.Kind)}评分表：{view.Site.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return new ExportFile(buffer.ToArray(), $"{ScoreSheetLabels.Of(view.Sheet.Kind)}评分表-{view.Site.SiteCode ?? view.Site.Id.ToString(CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The 上报表 of the organizer's subtree; null when the organizer is not in the caller's scope.</summary>
    public async Task<ExportFile?> ReportAsync(int organizationId, ScoreSheetKind kind, CancellationToken cancellationToken)
    {
        var organization = await scope.Organizations(db.Organizations.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
            return null;
        var path = organization.Path;
        var upper = OrganizationPath.SubtreeUpperBound(path);
        var submitted = await db.Set<SiteScoreSheet>().AsNoTracking()
            .Where(s => string.Compare(s.OrganizationPath, path) >= 0 && string.Compare(s.OrganizationPath, upper) < 0)
            .Where(s => s.Kind == kind && s.Status == ScoreSheetStatus.Submitted && s.IndicatorSetId == ScoreSheetService.DefaultIndicatorSet)
            .OrderBy(s => s.SiteId).ThenByDescending(s => s.SubmittedUtc).ThenByDescending(s => s.Id)
            .Take(ScoreReportWorkbook.MaxRows * 4)
            .ToListAsync(cancellationToken);
        var latest = submitted.GroupBy(s => s.SiteId).Select(g => g.First()).Take(ScoreReportWorkbook.MaxRows).ToList();
        var siteIds = latest.Select(s => s.SiteId).ToList();
        var sites = await db.Websites.AsNoTracking().Where(w => siteIds.Contains(w.Id))
            .Select(w => new { w.Id, w.Name, w.SiteCode }).ToDictionaryAsync(w => w.Id, cancellationToken);
        var set = BuiltInIndicatorSets.Get(ScoreSheetService.DefaultIndicatorSet);
        var rows = latest
            .OrderBy(s => sites[s.SiteId].SiteCode ?? "").ThenBy(s => sites[s.SiteId].Name, StringComparer.Ordinal)
            .Select(s => new SiteScoreRow(new ScoredSite(sites[s.SiteId].Name, sites[s.SiteId].SiteCode ?? ""), Totals(s, set)))
            .ToList();

        using var buffer = new MemoryStream();
        ScoreReportWorkbook.Write(buffer, $"政府网站{ScoreSheetLabels.Of(kind)}评分上报表（{set.Title}）", organization.Name, rows);
        db.AddAuditEntry(AuditAction.Export, "ScoreReport", organizationId.ToString(CultureInfo.InvariantCulture), organization.Path,
            $"导出{ScoreSheetLabels.Of(kind)}评分上报表：{organization.Name}，{rows.Count}个网站");
        await db.SaveChangesAsync(cancellationToken);
        return new ExportFile(buffer.ToArray(), $"{ScoreSheetLabels.Of(kind)}评分上报表-{organizationId}.xlsx");
    }

    /// <summary>The stored totals of a submitted sheet as the 上报表 reads them (no need to score every site again).</summary>
    private static ScoreSheet Totals(SiteScoreSheet sheet, IndicatorSet set) => new()
    {
        IndicatorSet = set.Id,
        Title = set.Title,
        Version = set.Version,
        AsOf = sheet.AsOf,
        Vetoes = sheet.VetoNames.Length == 0 ? [] : sheet.VetoNames.Split('、').Select(name => new IndicatorScore
        {
            Id = name, Part = IndicatorPart.Veto, Group = VerdictLabels.Veto, Name = name, Rule = "", Status = IndicatorStatus.Vetoed,
        }).ToList(),
        Deducted = sheet.Deducted,
        Bonus = sheet.Bonus,
        Total = sheet.Total,
        Qualified = sheet.Qualified,
        Verdict = sheet.Verdict,
        Items = [],
    };
}
