using Pucha.Core.Indicators;
using Pucha.Core.Scoring;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pucha.Features.Scoring;

/// <summary>
/// Prints a score sheet as a Chinese table. Every crawled string goes through <see cref="Text"/>,
/// never through markup, so a page title cannot inject console markup.
/// </summary>
public static class ScoreSheetConsole
{
    /// <summary>Evidence lines shown per indicator in the terminal (the JSON and xlsx carry more).</summary>
    public const int MaxProblemLines = 8;

    /// <summary>Observations spelled out per rule in the terminal.</summary>
    public const int MaxObservationsPerRule = 2;

    public static void Write(IAnsiConsole console, ScoreSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(sheet);
        console.Write(new Rule(Markup.Escape($"{sheet.Title}（{sheet.Version}）")).LeftJustified());
        console.WriteLine($"监测时间点：{ScoreText.Date(sheet.AsOf)}" + (sheet.Exemption is { } e ? $"　适用：{e}" : ""));

        var table = new Table().Border(TableBorder.Square).ShowRowSeparators();
        table.AddColumn(new TableColumn("一级指标").NoWrap());
        table.AddColumn("二级指标");
        // The 2015 sheet prints no points per indicator: no 分值 column then.
        var hasPoints = sheet.Items.Any(i => i.Points is not null);
        if (hasPoints) table.AddColumn(new TableColumn("分值").RightAligned());
        table.AddColumn(new TableColumn("扣分/加分").RightAligned());
        table.AddColumn("评判");
        table.AddColumn("存在的问题");
        foreach (var item in sheet.Items)
        {
            var points = item.Part == IndicatorPart.Veto ? "—" : ScoreText.Number(item.Points);
            var result = item.Part switch
            {
                IndicatorPart.Deduction when item.Status is IndicatorStatus.Deducted => "-" + ScoreText.Number(item.Deducted),
                IndicatorPart.Bonus when item.Status is IndicatorStatus.Awarded => "+" + ScoreText.Number(item.Awarded),
                _ => "",
            };
            var group = item.Part == IndicatorPart.Bonus ? $"加分：{item.Group}" : item.Group;
            var cells = new List<IRenderable> { Cell(group), Cell(item.Name) };
            if (hasPoints) cells.Add(Cell(points));
            cells.AddRange([Cell(result), Cell(ScoreText.Status(item)), Cell(Problems(item))]);
            table.AddRow(cells);
        }
        console.Write(table);

        var summary = new Grid().AddColumn().AddColumn();
        summary.AddRow(Cell(VerdictLabels.Veto), Cell(sheet.Vetoes.Count == 0 ? "无" : string.Join("、", sheet.Vetoes.Select(v => v.Name))));
        summary.AddRow(Cell("扣分"), Cell(ScoreText.Number(sheet.Deducted)));
        if (sheet.DeductionPart is not null) summary.AddRow(Cell("扣分指标得分"), Cell(ScoreText.Number(sheet.DeductionPart)));
        if (sheet.DeductionPart is not null) summary.AddRow(Cell("加分"), Cell(sheet.Bonus is null ? "未进入加分环节" : ScoreText.Number(sheet.Bonus)));
        if (sheet.Total is not null) summary.AddRow(Cell("总分"), Cell(ScoreText.Number(sheet.Total)));
        summary.AddRow(Cell("是否合格"), new Text(sheet.Verdict, new Style(sheet.Qualified ? Color.Green : Color.Red)));
        var pending = sheet.NeedingManual.Count();
        if (pending > 0) summary.AddRow(Cell("需人工评判"), Cell($"{pending}项（未计扣分，待检查人员评判）"));
        console.Write(summary);
    }

    private static string Problems(IndicatorScore item)
    {
        var lines = ScoreText.Problems(item, MaxObservationsPerRule).Split('\n');
        return lines.Length <= MaxProblemLines
            ? string.Join("\n", lines)
            : string.Join("\n", lines.Take(MaxProblemLines)) + $"\n（另有{lines.Length - MaxProblemLines}行，见 JSON 或 Excel 导出）";
    }

    private static IRenderable Cell(string text) => new Text(text);
}
