using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pucha.Core.Indicators;
using Pucha.Core.Scoring;

namespace Pucha.Features.Scoring;

/// <summary>
/// Exports one score sheet as .xlsx laid out like the official table: 一级指标 (merged over its rows),
/// 二级指标, 考察点 (2015) or 分值 (2019), 细则, 存在的问题 with the evidence, 扣分/加分; then the totals,
/// 是否合格 and a signature row, landscape A4 with the header repeated on every page.
/// </summary>
public static class ScoreSheetWorkbook
{
    /// <summary>Characters of evidence printed per indicator; the JSON report has it all.</summary>
    public const int MaxProblemChars = 3_000;

    public static void Write(Stream output, ScoreSheet sheet, IndicatorSet set, ScoredSite site)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(site);
        if (set.Id != sheet.IndicatorSet)
            throw new ArgumentException($"评分表属于指标体系 {sheet.IndicatorSet}，不是 {set.Id}。", nameof(set));

        var hasCheckpoint = set.Indicators.Any(i => i.Checkpoint is not null);
        var hasPoints = set.Indicators.Any(i => i.Points is not null);
        // 一级指标, 二级指标, [考察点], 细则, [分值], 存在的问题, 扣分
        var widths = new List<double> { 12, 14 };
        if (hasCheckpoint) widths.Add(26);
        widths.Add(hasCheckpoint ? 44 : 52);
        if (hasPoints) widths.Add(7);
        widths.Add(44);
        widths.Add(9);
        var sheetBuilder = new XlsxSheetBuilder(widths);
        var last = widths.Count;
        var ruleHeader = hasCheckpoint ? "扣分细则" : "评分细则";

        sheetBuilder.NewRow();
        sheetBuilder.Text(1, sheet.Title, XlsxStyle.Title, last);
        sheetBuilder.NewRow();
        var info = $"网站名称：{ScoreText.Clean(site.Name)}　　网站标识码：{ScoreText.Clean(site.Code)}　　监测时间点：{ScoreText.Date(sheet.AsOf)}　　指标版本：{sheet.Version}";
        if (sheet.Exemption is { } exemption) info += $"　　适用：{exemption}";
        sheetBuilder.Text(1, info, XlsxStyle.Info, last);

        Header(sheetBuilder, hasCheckpoint, hasPoints, ruleHeader, "扣分");
        sheetBuilder.RepeatOnEveryPage(3, 3);

        var sections = new[] { IndicatorPart.Veto, IndicatorPart.Deduction, IndicatorPart.Bonus }.Select(part => (part, VerdictLabels.Of(part)));
        var number = 0;
        foreach (var (part, name) in sections)
        {
            var groups = set.GroupsOf(part).ToList();
            if (groups.Count == 0) continue;
            number++;
            var points = part switch
            {
                IndicatorPart.Deduction when set.Scoring.DeductionPoints is { } d => $"（{ScoreText.Number(d)}分）",
                IndicatorPart.Bonus => $"（{ScoreText.Number(set.Scoring.BonusPoints)}分）",
                _ => "",
            };
            sheetBuilder.NewRow();
            sheetBuilder.Text(1, $"{"一二三"[number - 1]}、{name}{points}", XlsxStyle.Section, last);
            if (part == IndicatorPart.Bonus)
                Header(sheetBuilder, hasCheckpoint, hasPoints, ruleHeader, "加分");

            foreach (var group in groups)
            {
                var first = sheetBuilder.RowIndex + 1;
                var label = group.Points is { } gp ? $"{group.Name}\n（{ScoreText.Number(gp)}分）" : group.Name;
                foreach (var indicator in group.Indicators)
                {
                    var item = sheet.Items.Single(i => i.Id == indicator.Id);
                    sheetBuilder.NewRow();
                    var column = 1;
                    if (sheetBuilder.RowIndex == first) sheetBuilder.Text(column++, label, XlsxStyle.BodyCentered);
                    else sheetBuilder.Blank(column++, XlsxStyle.BodyCentered);
                    sheetBuilder.Text(column++, item.Name, XlsxStyle.BodyCentered);
                    if (hasCheckpoint) sheetBuilder.Text(column++, item.Checkpoint ?? "", XlsxStyle.Body);
                    sheetBuilder.Text(column++, item.Rule, XlsxStyle.Body);
                    if (hasPoints)
                    {
                        if (item.Points is { } p) sheetBuilder.Number(column++, p, XlsxStyle.BodyCentered);
                        else sheetBuilder.Text(column++, "—", XlsxStyle.BodyCentered);
                    }
                    sheetBuilder.Text(column++, Problems(item), XlsxStyle.Body);
                    Result(sheetBuilder, column, item);
                }
                sheetBuilder.MergeDown(1, first, sheetBuilder.RowIndex);
            }
        }

        Totals(sheetBuilder, sheet, set, last);
        sheetBuilder.NewRow();
        sheetBuilder.NewRow();
        sheetBuilder.Text(1, "检查人（签字）：　　　　　　　审核人（签字）：　　　　　　　单位负责人（签字）：　　　　　　　日期：　　　　年　　月　　日",
            XlsxStyle.Signature, last);

        Save(output, (workbookPart, sheets) => sheetBuilder.AddTo(workbookPart, sheets, "评分表", 1));
    }

    private static void Header(XlsxSheetBuilder sheet, bool hasCheckpoint, bool hasPoints, string ruleHeader, string resultHeader)
    {
        sheet.NewRow();
        var column = 1;
        sheet.Text(column++, "一级指标", XlsxStyle.Header);
        sheet.Text(column++, "二级指标", XlsxStyle.Header);
        if (hasCheckpoint) sheet.Text(column++, "考察点", XlsxStyle.Header);
        sheet.Text(column++, ruleHeader, XlsxStyle.Header);
        if (hasPoints) sheet.Text(column++, "分值", XlsxStyle.Header);
        sheet.Text(column++, "存在的问题", XlsxStyle.Header);
        sheet.Text(column, resultHeader, XlsxStyle.Header);
    }

    private static void Result(XlsxSheetBuilder sheet, int column, IndicatorScore item)
    {
        switch (item.Status)
        {
            case IndicatorStatus.Deducted:
                sheet.Number(column, item.Deducted, XlsxStyle.BodyCentered);
                break;
            case IndicatorStatus.Awarded:
                sheet.Number(column, item.Awarded, XlsxStyle.BodyCentered);
                break;
            case IndicatorStatus.Clear:
                sheet.Text(column, item.Part == IndicatorPart.Veto ? "—" : "0", XlsxStyle.BodyCentered);
                break;
            default:
                sheet.Text(column, ScoreText.Status(item), XlsxStyle.BodyCentered);
                break;
        }
    }

    private static string Problems(IndicatorScore item)
    {
        var text = ScoreText.Problems(item);
        if (item.Status == IndicatorStatus.NeedsManual && text.Length == 0) text = "需人工评判";
        return text.Length <= MaxProblemChars ? text : text[..MaxProblemChars] + "……（完整证据见检查报告）";
    }

    private static void Totals(XlsxSheetBuilder sheet, ScoreSheet score, IndicatorSet set, int last)
    {
        void Row(string label, string value)
        {
            sheet.NewRow();
            sheet.Text(1, label, XlsxStyle.Label, last - 2);
            sheet.Text(last - 1, value, XlsxStyle.BodyCentered, 2);
        }

        Row(VerdictLabels.Veto, score.Vetoes.Count == 0 ? "无" : string.Join("、", score.Vetoes.Select(v => v.Name)));
        Row("扣分合计", ScoreText.Number(score.Deducted));
        if (set.Scoring.DeductionPoints is not null)
        {
            var note = score.Exemption is not null && set.Exemptions.FirstOrDefault(e => e.Name == score.Exemption) is { } e
                ? $"（以{ScoreText.Number(e.OutOf)}分为满分，乘以{e.Multiplier}）" : "";
            Row("扣分指标得分" + note, ScoreText.Number(score.DeductionPart));
        }
        if (set.Scoring.BonusPoints > 0)
            Row("加分指标得分", score.Bonus is { } b ? ScoreText.Number(b) : score.Vetoes.Count > 0 ? "—" : "未进入加分环节");
        if (set.Scoring.DeductionPoints is not null)
            Row("最后得分", ScoreText.Number(score.Total));
        var pending = score.NeedingManual.Count();
        if (pending > 0) Row("需人工评判的指标", $"{pending}项");
        Row("是否合格", VerdictLabels.Of(score.Qualified));
        if (!score.Qualified)
        {
            sheet.NewRow();
            sheet.Text(1, score.Verdict, XlsxStyle.Body, last);
        }
    }

    /// <summary>Writes a workbook with the given sheets and the shared stylesheet.</summary>
    internal static void Save(Stream output, Action<WorkbookPart, Sheets> addSheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheets = new Sheets();
        workbookPart.Workbook = new Workbook(sheets);
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Stylesheet();
        addSheets(workbookPart, sheets);
        workbookPart.Workbook.Save();
    }
}
