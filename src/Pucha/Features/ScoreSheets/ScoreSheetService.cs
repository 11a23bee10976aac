using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Core.Indicators;
using Pucha.Core.Scoring;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Inspections;
using Pucha.Data.ScoreSheets;
using Pucha.Features.Inspections;
using Pucha.Features.Scoring;

namespace Pucha.Features.ScoreSheets;

/// <summary>
/// Score sheets in the platform: 自查 by the reporting unit, 检查 by an organizer of the site's
/// subtree, 抽查 by the top level. A sheet is scored by Core's <see cref="Scorer"/> from the
/// findings of its inspection run and the people's entries; once submitted it never changes, and
/// every attempt to change it is refused and written to the audit log.
/// </summary>
public sealed class ScoreSheetService(PuchaDbContext db, AccessScope scope, TimeProvider clock)
{
    /// <summary>The table used when none is chosen: the 2019 website indicators (国办秘函〔2019〕19号).</summary>
    public const string DefaultIndicatorSet = BuiltInIndicatorSets.Website2019;

    /// <summary>
    /// The tables a website's sheet may be scored against: the 2019 website indicators and the 2015 census
    /// score sheet (the new-media and supervision tables score other things than a website).
    /// </summary>
    public static IReadOnlyList<string> WebsiteIndicatorSets { get; } = [BuiltInIndicatorSets.Website2019, BuiltInIndicatorSets.Census2015];

    /// <summary>Longest note (存在的问题) per indicator.</summary>
    public const int MaxNoteLength = 2_000;

    /// <summary>Sheets listed in a site's history.</summary>
    public const int MaxHistory = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private DateOnly Today => BeijingTime.DateOf(clock.GetUtcNow());

    /// <summary>True when the machine saw something behind this indicator (a line with evidence).</summary>
    public static bool HasMachineFindings(IndicatorScore item) => item.Lines.Any(l => l.ByMachine && l.Observations.Count > 0);

    /// <summary>The site as the scorer sees it: a 政府门户网站 of a region or a ministry, or another site.</summary>
    public static SiteKind ProfileOf(Website site) => site.WebsiteType == WebsiteType.Portal
        ? site.RegionCode is null ? SiteKind.StateCouncilDepartmentPortal : SiteKind.LocalPortal
        : SiteKind.Ordinary;

    public Task<Website?> FindSiteAsync(int siteId, CancellationToken cancellationToken) =>
        scope.Websites(db.Websites.AsNoTracking()).FirstOrDefaultAsync(w => w.Id == siteId, cancellationToken);

    /// <summary>A sheet whose site is in the caller's scope.</summary>
    public async Task<SheetView?> FindAsync(long sheetId, CancellationToken cancellationToken)
    {
        var sheet = await db.Set<SiteScoreSheet>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sheetId, cancellationToken);
        if (sheet is null)
            return null;
        var site = await FindSiteAsync(sheet.SiteId, cancellationToken);
        return site is null ? null : await ViewAsync(sheet, site, cancellationToken);
    }

    /// <summary>A sheet of a site the caller already proved access to (the self-check page opened with 标识码 + 校验码).</summary>
    public async Task<SheetView?> FindForSiteAsync(long sheetId, int siteId, CancellationToken cancellationToken)
    {
        var sheet = await db.Set<SiteScoreSheet>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sheetId && s.SiteId == siteId, cancellationToken);
        var site = await db.Websites.AsNoTracking().FirstOrDefaultAsync(w => w.Id == siteId, cancellationToken);
        return sheet is null || site is null ? null : await ViewAsync(sheet, site, cancellationToken);
    }

    /// <summary>
    /// The site's current self-check: the open draft, else the latest submitted one, else a new draft.
    /// The caller has verified the unit (logged in as the site's reporting unit, or 标识码 + 校验码).
    /// </summary>
    public async Task<SheetView> OpenSelfCheckAsync(int siteId, string person, CancellationToken cancellationToken)
    {
        var site = await db.Websites.AsNoTracking().SingleAsync(w => w.Id == siteId, cancellationToken);
        var sheet = await db.Set<SiteScoreSheet>().AsNoTracking()
            .Where(s => s.SiteId == siteId && s.Kind == ScoreSheetKind.SelfCheck)
            .OrderBy(s => s.Status).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        sheet ??= await CreateAsync(site, ScoreSheetKind.SelfCheck, scorer: null, run: null, person, cancellationToken);
        return await ViewAsync(sheet, site, cancellationToken);
    }

    /// <summary>
    /// Starts a 检查 (any organizer whose subtree holds the site) or 抽查 (the top level only), prefilled
    /// from the site's latest completed inspection run. An open draft of the same kind by the same organizer is reused.
    /// </summary>
    public async Task<Outcome<SiteScoreSheet>> StartInspectionAsync(int siteId, ScoreSheetKind kind, string person, CancellationToken cancellationToken,
        string? indicatorSet = null)
    {
        var setId = indicatorSet is null or "" ? DefaultIndicatorSet : IndicatorSetCatalog.Aliases.GetValueOrDefault(indicatorSet, indicatorSet);
        if (!WebsiteIndicatorSets.Contains(setId))
            return Outcome<SiteScoreSheet>.Invalid(new Dictionary<string, string>
            {
                ["indicatorSet"] = $"指标体系只能是 {string.Join("、", WebsiteIndicatorSets)}（或 2019、2015）。",
            });
        var site = await FindSiteAsync(siteId, cancellationToken);
        if (site is null)
            return Outcome<SiteScoreSheet>.NotFound();
        if (kind == ScoreSheetKind.SelfCheck)
            return Outcome<SiteScoreSheet>.Forbidden("自查表由填报单位填写。");
        if (!scope.CanManageUnits || scope.OrganizationId is not { } organizer)
            return Outcome<SiteScoreSheet>.Forbidden("只有组织单位可以检查评分。");
        if (kind == ScoreSheetKind.SpotCheck
            && await db.Organizations.AsNoTracking().Where(o => o.Id == organizer).Select(o => o.ParentId).SingleAsync(cancellationToken) is not null)
            return Outcome<SiteScoreSheet>.Forbidden("抽查核查由最上级组织单位进行。");

        var open = await db.Set<SiteScoreSheet>().AsNoTracking()
            .FirstOrDefaultAsync(s => s.SiteId == siteId && s.Kind == kind && s.ScorerOrganizationId == organizer && s.Status == ScoreSheetStatus.Draft
                && s.IndicatorSetId == setId, cancellationToken);
        if (open is not null)
            return Outcome<SiteScoreSheet>.Ok(open);
        var run = await new InspectionRunStore(db).LatestCompletedAsync(siteId, cancellationToken);
        return Outcome<SiteScoreSheet>.Ok(await CreateAsync(site, kind, organizer, run, person, cancellationToken, setId));
    }

    /// <summary>Whether the caller may change this sheet (before checking whether it is still open).</summary>
    public bool CanEdit(SiteScoreSheet sheet) => sheet.Kind == ScoreSheetKind.SelfCheck
        ? scope.IsReportingUnit
        : scope.CanManageUnits && scope.OrganizationId == sheet.ScorerOrganizationId;

    /// <summary>Saves (and with <see cref="SheetSaveInput.Submit"/> locks) a sheet the caller may edit.</summary>
    public async Task<Outcome<SheetView>> SaveAsync(long sheetId, SheetSaveInput input, string person, CancellationToken cancellationToken)
    {
        var view = await FindAsync(sheetId, cancellationToken);
        if (view is null)
            return Outcome<SheetView>.NotFound();
        if (!CanEdit(view.Sheet))
            return Outcome<SheetView>.Forbidden(view.Sheet.Kind == ScoreSheetKind.SelfCheck ? "自查表由填报单位填写。" : "只有发起检查的组织单位可以修改该评分表。");
        return await SaveAsync(view, input, person, cancellationToken);
    }

    /// <summary>Saves a sheet whose access the caller has already established (self-check opened with its codes).</summary>
    public async Task<Outcome<SheetView>> SaveAsync(SheetView view, SheetSaveInput input, string person, CancellationToken cancellationToken)
    {
        var sheet = await db.Set<SiteScoreSheet>().SingleAsync(s => s.Id == view.Sheet.Id, cancellationToken);
        if (sheet.Status == ScoreSheetStatus.Submitted)
        {
            var when = BeijingTime.Format(sheet.SubmittedUtc);
            var message = $"该{ScoreSheetLabels.Of(sheet.Kind)}评分表已于{when}提交，不能修改。";
            db.ChangeTracker.Clear();
            db.AddAuditEntry(AuditAction.Update, nameof(SiteScoreSheet), sheet.Id.ToString(CultureInfo.InvariantCulture), sheet.OrganizationPath,
                $"拒绝修改已提交的{ScoreSheetLabels.Of(sheet.Kind)}评分表（{view.Site.Name}）：{person}");
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<SheetView>.Conflict(message);
        }
        if (input.Version != sheet.Version)
            return Outcome<SheetView>.Conflict("该评分表已被他人修改，请刷新后重新填写。");

        var now = clock.GetUtcNow().UtcDateTime;
        var (entries, errors) = Validate(view, input.Entries, person, now);
        if (errors.Count == 0 && input.Submit)
        {
            var scored = Score(view.Set, view, entries);
            foreach (var item in scored.Items.Where(HasMachineFindings))
            {
                if (!entries.Any(e => e.IndicatorId == item.Id && e.Decision is SheetDecision.Confirm or SheetDecision.Override))
                    errors[Key(item.Id)] = $"“{item.Name}”：请确认或改判系统扫描结果后再提交。";
            }
        }
        if (errors.Count > 0)
            return Outcome<SheetView>.Invalid(errors);

        var score = Score(view.Set, view, entries);
        sheet.EntriesJson = JsonSerializer.Serialize(entries, Json);
        Stamp(sheet, score);
        sheet.UpdatedBy = Bound(person);
        sheet.UpdatedUtc = now;
        if (input.Submit)
        {
            sheet.Status = ScoreSheetStatus.Submitted;
            sheet.SubmittedBy = Bound(person);
            sheet.SubmittedUtc = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome<SheetView>.Ok(view with { Sheet = sheet, Entries = entries, Score = score });
    }

    /// <summary>Every sheet of the site, newest first (who, when, kind, total, qualified).</summary>
    public async Task<List<SiteScoreSheet>?> HistoryAsync(int siteId, CancellationToken cancellationToken)
    {
        if (await FindSiteAsync(siteId, cancellationToken) is null)
            return null;
        return await db.Set<SiteScoreSheet>().AsNoTracking()
            .Where(s => s.SiteId == siteId)
            .OrderByDescending(s => s.Id)
            .Take(MaxHistory)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The site's latest self-check and latest 检查/抽查 (submitted ones preferred), for the side-by-side view.
    /// </summary>
    public async Task<(SheetView? SelfCheck, SheetView? Inspection)?> CompareAsync(int siteId, CancellationToken cancellationToken)
    {
        var site = await FindSiteAsync(siteId, cancellationToken);
        if (site is null)
            return null;
        var sheets = db.Set<SiteScoreSheet>().AsNoTracking().Where(s => s.SiteId == siteId);
        var self = await sheets.Where(s => s.Kind == ScoreSheetKind.SelfCheck)
            .OrderByDescending(s => s.Status).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        var inspection = await sheets.Where(s => s.Kind != ScoreSheetKind.SelfCheck)
            .OrderByDescending(s => s.Status).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return (self is null ? null : await ViewAsync(self, site, cancellationToken),
            inspection is null ? null : await ViewAsync(inspection, site, cancellationToken));
    }

    private async Task<SiteScoreSheet> CreateAsync(Website site, ScoreSheetKind kind, int? scorer, InspectionRun? run, string person,
        CancellationToken cancellationToken, string indicatorSetId = DefaultIndicatorSet)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var set = BuiltInIndicatorSets.Get(indicatorSetId);
        var sheet = new SiteScoreSheet
        {
            SiteId = site.Id,
            OrganizationPath = site.OrganizationPath,
            Kind = kind,
            ScorerOrganizationId = scorer,
            IndicatorSetId = set.Id,
            AsOf = run?.AsOf ?? Today,
            InspectionRunId = run?.Id,
            Status = ScoreSheetStatus.Draft,
            CreatedBy = Bound(person),
            CreatedUtc = now,
            UpdatedBy = Bound(person),
            UpdatedUtc = now,
        };
        var observations = run is null ? [] : FindingObservations.ToObservations(StoredFindings.Read(run.FindingsJson));
        Stamp(sheet, Scorer.Score(set, observations, [], sheet.AsOf, ProfileOf(site)));
        db.Add(sheet);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(sheet).State = EntityState.Detached;
        return sheet;
    }

    private async Task<SheetView> ViewAsync(SiteScoreSheet sheet, Website site, CancellationToken cancellationToken)
    {
        var set = BuiltInIndicatorSets.Get(sheet.IndicatorSetId);
        var entries = JsonSerializer.Deserialize<List<SheetEntry>>(sheet.EntriesJson, Json) ?? [];
        IReadOnlyList<Observation> observations = [];
        if (sheet.InspectionRunId is { } runId && await new InspectionRunStore(db).FindAsync(runId, cancellationToken) is { } run)
            observations = FindingObservations.ToObservations(StoredFindings.Read(run.FindingsJson));
        var view = new SheetView(sheet, site, set, null!, entries) { Observations = observations };
        return view with { Score = Score(set, view, entries) };
    }

    private static ScoreSheet Score(IndicatorSet set, SheetView view, IReadOnlyList<SheetEntry> entries)
    {
        var manual = entries
            .Where(e => e.Decision != SheetDecision.Confirm)
            .Select(e => new ManualEntry(e.IndicatorId, e.Points, e.Veto, e.Note, e.Person) { Overrides = e.Decision == SheetDecision.Override })
            .ToList();
        return Scorer.Score(set, view.Observations, manual, view.Sheet.AsOf, ProfileOf(view.Site));
    }

    private static void Stamp(SiteScoreSheet sheet, ScoreSheet score)
    {
        sheet.Deducted = score.Deducted;
        sheet.Bonus = score.Bonus;
        sheet.Total = score.Total;
        sheet.Qualified = score.Qualified;
        sheet.Verdict = Bound(score.Verdict, SiteScoreSheet.MaxVerdictLength);
        sheet.VetoNames = Bound(string.Join("、", score.Vetoes.Select(v => v.Name)), SiteScoreSheet.MaxVerdictLength);
    }

    /// <summary>Turns the inputs into entries, with a Chinese message per indicator for what is wrong.</summary>
    private static (List<SheetEntry> Entries, Dictionary<string, string> Errors) Validate(SheetView view, IReadOnlyList<SheetEntryInput> inputs,
        string person, DateTime now)
    {
        var errors = new Dictionary<string, string>();
        var entries = new List<SheetEntry>();
        var machine = view.Score.Items.Where(HasMachineFindings).Select(i => i.Id).ToHashSet();
        var selfCheck = view.Sheet.Kind == ScoreSheetKind.SelfCheck;
        var seen = new HashSet<string>();
        foreach (var input in inputs)
        {
            var indicator = view.Set.Find(input.IndicatorId ?? "");
            if (indicator is null)
            {
                errors[Key(input.IndicatorId ?? "")] = $"指标“{input.IndicatorId}”不在{view.Set.Title}中。";
                continue;
            }
            if (!seen.Add(indicator.Id))
            {
                errors[Key(indicator.Id)] = $"“{indicator.Name}”填写了多次。";
                continue;
            }
            var part = view.Set.GroupOf(indicator).Part;
            var decision = input.Decision ?? SheetDecision.Manual;
            var points = input.Points ?? 0;
            var note = (input.Note ?? "").Trim();
            var applies = indicator.For(ProfileOf(view.Site).Traits);
            string? error = null;
            if (decision != SheetDecision.Manual && (selfCheck || !machine.Contains(indicator.Id)))
                error = "只有系统扫描发现问题的指标可以确认或改判。";
            else if (points < 0 || decimal.Round(points, 3) != points)
                error = "分值应为不小于0的数，最多3位小数。";
            else if (part == IndicatorPart.Veto && points != 0)
                error = "单项否决指标不计分值，只能判定是否否决。";
            else if (input.Veto && part != IndicatorPart.Veto)
                error = "该指标不是单项否决指标。";
            else if (applies.Points is { } max && points > max)
                error = $"分值不能超过该指标的{ScoreText.Number(max)}分。";
            else if (note.Length > MaxNoteLength)
                error = $"说明不能超过{MaxNoteLength}字。";
            else if (note.Length == 0 && (decision == SheetDecision.Override || points > 0 || input.Veto))
                error = decision == SheetDecision.Override ? "改判须填写说明。" : "扣分、加分或否决须填写存在的问题。";
            if (error is not null)
            {
                errors[Key(indicator.Id)] = $"“{indicator.Name}”：{error}";
                continue;
            }
            // An untouched manual row (nothing entered) is not an entry: the indicator stays as the machine left it.
            if (decision == SheetDecision.Manual && points == 0 && !input.Veto && note.Length == 0)
                continue;
            entries.Add(new SheetEntry(indicator.Id, decision, decision == SheetDecision.Confirm ? 0 : points, decision != SheetDecision.Confirm && input.Veto,
                decision == SheetDecision.Confirm && note.Length == 0 ? "确认系统扫描结果" : ScoreText.Clean(note), Bound(person), now));
        }
        return (entries, errors);
    }

    /// <summary>The error key of one indicator's row (forms show it beside the row).</summary>
    public static string Key(string indicatorId) => $"Entries[{indicatorId}]";

    private static string Bound(string value, int max = SiteScoreSheet.MaxPersonLength) => value.Length <= max ? value : value[..max];
}
