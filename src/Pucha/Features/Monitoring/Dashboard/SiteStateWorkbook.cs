using Pucha.Core;
using Pucha.Core.Monitoring;
using Pucha.Features.Scoring;

namespace Pucha.Features.Monitoring.Dashboard;

/// <summary>
/// The overview as a printable workbook (网站监测状态表): one row per site with the same columns as
/// the page, the monitoring point, and a note when the list was cut at the export limit.
/// </summary>
public static class SiteStateWorkbook
{
    private static readonly string[] Headers =
        ["序号", "网站名称", "网站标识码", "首页网址", "填报单位", "近7天访问次数", "近7天失败次数", "失败占比(%)", "最近访问（北京时间）", "最近访问结果", "近14天首页更新", "未更新栏目", "错误链接", "最近检查"];

    public static void Write(Stream output, IReadOnlyList<SiteStateRow> rows, DateTime asOfUtc, int total, string? exportedBy)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sheet = new XlsxSheetBuilder([6, 30, 13, 30, 24, 10, 10, 10, 18, 10, 10, 10, 10, 18]);
        var last = Headers.Length;
        sheet.NewRow();
        sheet.Text(1, "网站监测状态表", XlsxStyle.Title, last);
        sheet.NewRow();
        var note = total > rows.Count ? $"　　共{total}个网站，本表列出前{rows.Count}个" : $"　　共{total}个网站";
        sheet.Text(1, $"监测时间点：{BeijingTime.Format(asOfUtc)}（北京时间）{note}{(exportedBy is null ? "" : $"　　导出人：{ScoreText.Clean(exportedBy)}")}", XlsxStyle.Info, last);
        sheet.NewRow();
        for (var i = 0; i < Headers.Length; i++)
            sheet.Text(i + 1, Headers[i], XlsxStyle.Header);
        sheet.RepeatOnEveryPage(3, 3);

        var index = 0;
        foreach (var row in rows)
        {
            sheet.NewRow();
            sheet.Number(1, ++index, XlsxStyle.BodyCentered);
            sheet.Text(2, ScoreText.Clean(row.Name), XlsxStyle.Body);
            sheet.Text(3, ScoreText.Clean(row.SiteCode ?? "—"), XlsxStyle.BodyCentered);
            sheet.Text(4, ScoreText.Clean(row.HomepageUrl), XlsxStyle.Body);
            sheet.Text(5, ScoreText.Clean(row.OrganizationName ?? ""), XlsxStyle.Body);
            sheet.Number(6, row.Visits7d, XlsxStyle.BodyCentered);
            sheet.Number(7, row.Failures7d, XlsxStyle.BodyCentered);
            Optional(sheet, 8, row.FailurePercent7d);
            sheet.Text(9, row.LastProbeUtc is { } probe ? BeijingTime.Format(probe) : "—", XlsxStyle.BodyCentered);
            sheet.Text(10, row.LastProbeOk switch { true => "正常", false => "打不开", null => "—" }, XlsxStyle.BodyCentered);
            sheet.Number(11, row.HomepageUpdates14d, XlsxStyle.BodyCentered);
            Optional(sheet, 12, row.StaleColumns);
            Optional(sheet, 13, row.BrokenLinks);
            sheet.Text(14, row.LastInspectionUtc is { } inspected ? BeijingTime.Format(inspected) : "—", XlsxStyle.BodyCentered);
        }

        ScoreSheetWorkbook.Save(output, (workbookPart, sheets) => sheet.AddTo(workbookPart, sheets, "网站监测状态", 1));
    }

    private static void Optional(XlsxSheetBuilder sheet, int column, decimal? value)
    {
        if (value is { } v) sheet.Number(column, v, XlsxStyle.BodyCentered);
        else sheet.Text(column, "—", XlsxStyle.BodyCentered);
    }

}
