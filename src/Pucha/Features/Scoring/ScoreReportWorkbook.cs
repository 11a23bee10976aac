using Pucha.Core.Scoring;

namespace Pucha.Features.Scoring;

/// <summary>
/// Exports the 上报表 of several sites' scores: one row per site (网站名称, 网站标识码, 单项否决,
/// 扣分, 加分, 总分, 是否合格), a count of qualified sites, and the signature block of the official forms.
/// </summary>
public static class ScoreReportWorkbook
{
    /// <summary>Sites in one report; a province's whole registry fits.</summary>
    public const int MaxRows = 100_000;

    public static void Write(Stream output, string title, string reportingUnit, IReadOnlyList<SiteScoreRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > MaxRows)
            throw new ArgumentException($"上报表最多 {MaxRows} 个网站，收到 {rows.Count} 个。", nameof(rows));
        var sets = rows.Select(r => r.Sheet.IndicatorSet).Distinct().ToList();
        if (sets.Count > 1)
            throw new ArgumentException($"上报表中的评分须属于同一指标体系，收到：{string.Join("、", sets)}。", nameof(rows));

        var sheet = new XlsxSheetBuilder([6, 30, 14, 24, 9, 9, 9, 10]);
        const int last = 8;
        sheet.NewRow();
        sheet.Text(1, ScoreText.Clean(title), XlsxStyle.Title, last);
        sheet.NewRow();
        var asOf = rows.Select(r => r.Sheet.AsOf).Distinct().ToList();
        var when = asOf.Count == 1 ? $"　　监测时间点：{ScoreText.Date(asOf[0])}" : "";
        sheet.Text(1, $"填报单位（盖章）：{ScoreText.Clean(reportingUnit)}{when}", XlsxStyle.Info, last);

        sheet.NewRow();
        string[] headers = ["序号", "网站名称", "网站标识码", VerdictLabels.Veto, "扣分", "加分", "总分", "是否合格"];
        for (var i = 0; i < headers.Length; i++) sheet.Text(i + 1, headers[i], XlsxStyle.Header);
        sheet.RepeatOnEveryPage(3, 3);

        var index = 0;
        foreach (var (site, score) in rows)
        {
            sheet.NewRow();
            sheet.Number(1, ++index, XlsxStyle.BodyCentered);
            sheet.Text(2, ScoreText.Clean(site.Name), XlsxStyle.Body);
            sheet.Text(3, ScoreText.Clean(site.Code), XlsxStyle.BodyCentered);
            sheet.Text(4, score.Vetoes.Count == 0 ? "无" : string.Join("、", score.Vetoes.Select(v => v.Name)), XlsxStyle.BodyCentered);
            Value(sheet, 5, score.Deducted);
            if (score.Bonus is { } bonus) sheet.Number(6, bonus, XlsxStyle.BodyCentered);
            else sheet.Text(6, "—", XlsxStyle.BodyCentered);
            Value(sheet, 7, score.Total);
            sheet.Text(8, VerdictLabels.Of(score.Qualified), XlsxStyle.BodyCentered);
        }

        var qualified = rows.Count(r => r.Sheet.Qualified);
        sheet.NewRow();
        sheet.Text(1, $"合计：{rows.Count}个网站，合格{qualified}个，不合格{rows.Count - qualified}个", XlsxStyle.Label, last);
        sheet.NewRow();
        sheet.NewRow();
        sheet.Text(1, "单位负责人：　　　　　　审核人：　　　　　　填报人：　　　　　　联系电话：　　　　　　填报日期：　　　　年　　月　　日",
            XlsxStyle.Signature, last);

        ScoreSheetWorkbook.Save(output, (workbookPart, sheets) => sheet.AddTo(workbookPart, sheets, "上报表", 1));
    }

    private static void Value(XlsxSheetBuilder sheet, int column, decimal? value)
    {
        if (value is { } v) sheet.Number(column, v, XlsxStyle.BodyCentered);
        else sheet.Text(column, "—", XlsxStyle.BodyCentered);
    }
}
