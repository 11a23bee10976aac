using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Pucha.Core.Indicators;
using Pucha.Core.Scoring;
using Pucha.Inspection.Findings;
using Pucha.Features.Scoring;
using static Pucha.Tests.Scoring.Findings;

namespace Pucha.Tests.Scoring;

/// <summary>The .xlsx exports are valid Open XML and shaped like the official tables.</summary>
public class WorkbookExportTests
{
    private static readonly ScoredSite Site = new("示例市人民政府", "5001000001");

    private static MemoryStream Export(ScoreSheet sheet)
    {
        var stream = new MemoryStream();
        ScoreSheetWorkbook.Write(stream, sheet, BuiltInIndicatorSets.Get(sheet.IndicatorSet), Site);
        stream.Position = 0;
        return stream;
    }

    private static void AssertValid(MemoryStream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    /// <summary>Every cell's text by reference (inline strings and numbers).</summary>
    private static Dictionary<string, string> Cells(MemoryStream stream, out List<string> merges)
    {
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        merges = worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
        return worksheet.Descendants<Cell>().ToDictionary(
            c => c.CellReference!.Value!,
            c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "");
    }

    private static ScoreSheet Score2019(IEnumerable<Finding> findings, SiteKind? site = null, IReadOnlyList<ManualEntry>? manual = null) =>
        InspectionScoring.Score(findings.ToList(), "2019", AsOf, site, manual);

    public static TheoryData<string> Cases => new() { "2015", "2019", "2019-veto", "2019-exempt-bonus", "new-media-2019", "supervision-2019", "hostile" };

    private static ScoreSheet Case(string name) => name switch
    {
        "2015" => InspectionScoring.Score([Availability(0.031), .. Enumerable.Range(0, 3).Select(i => BrokenLink(i, true))], "2015", AsOf),
        "2019" => Score2019(Enumerable.Range(0, 12).Select(i => BrokenLink(i, true))),
        "2019-veto" => Score2019([Availability(0.05)]),
        "2019-exempt-bonus" => Score2019([SiteIdentity("icp")], SiteKind.StateCouncilDepartmentWithoutServices,
            [new ManualEntry("innovation", 3, false, "获部主要领导同志肯定", "张三")]),
        "hostile" => Score2019([Of(CheckIds.Lexicon, Severity.Veto, "敏感\u0001词\uD800", "http://x.gov.cn/\u0007",
            ("term", new string('错', 40_000)), ("context", "\u0000<script>"))]),
        _ => Scorer.Score(BuiltInIndicatorSets.Get(name), [], [], AsOf, SiteKind.Ordinary),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Score_sheets_are_valid_open_xml(string name)
    {
        AssertValid(Export(Case(name)));
    }

    [Fact]
    public void The_2019_sheet_is_laid_out_like_the_table()
    {
        var stream = Export(Score2019(Enumerable.Range(0, 12).Select(i => BrokenLink(i, true))));
        var cells = Cells(stream, out var merges);
        Assert.Equal("政府网站与政务新媒体检查指标（政府网站）", cells["A1"]);
        Assert.Contains("示例市人民政府", cells["A2"]);
        Assert.Contains("5001000001", cells["A2"]);
        Assert.Equal(["一级指标", "二级指标", "评分细则", "分值", "存在的问题", "扣分"], new[] { "A3", "B3", "C3", "D3", "E3", "F3" }.Select(c => cells[c]));
        Assert.Contains("A1:F1", merges);

        // 发布解读 spans its nine 二级指标 in one merged cell.
        var publish = cells.Single(c => c.Value.StartsWith("发布解读")).Key;
        var row = int.Parse(publish[1..]);
        Assert.Contains($"A{row}:A{row + 8}", merges);

        var usability = cells.Single(c => c.Value == "可用性").Key;
        var usabilityRow = usability[1..];
        Assert.Contains("http://www.example.gov.cn/missing0.pdf", cells["E" + usabilityRow]);
        Assert.Equal("1", cells["F" + usabilityRow]);

        Assert.Contains(cells, c => c.Value == "加分");
        Assert.Contains(cells, c => c.Value.StartsWith("三、加分指标（30分）"));
        Assert.Contains(cells, c => c.Value == "是否合格");
        Assert.Contains(cells, c => c.Value == "99");
        Assert.Contains(cells, c => c.Value.StartsWith("检查人（签字）"));
    }

    [Fact]
    public void The_2015_sheet_has_the_checkpoint_column_and_the_seed_header()
    {
        var cells = Cells(Export(Case("2015")), out _);
        Assert.Equal(["一级指标", "二级指标", "考察点", "扣分细则", "存在的问题", "扣分"], new[] { "A3", "B3", "C3", "D3", "E3", "F3" }.Select(c => cells[c]));
        var availability = cells.Single(c => c.Value == "首页可用性").Key[1..];
        Assert.Equal("15", cells["F" + availability]); // 3.1% → 3 whole steps × 5
    }

    [Fact]
    public void Report_of_several_sites_is_valid_and_has_one_row_per_site()
    {
        var rows = new List<SiteScoreRow>
        {
            new(new ScoredSite("甲市人民政府", "5001000001"), Case("2019")),
            new(new ScoredSite("乙县人民政府", "5001000002"), Case("2019-veto")),
            new(new ScoredSite("某部", "bm07000001"), Case("2019-exempt-bonus")),
        };
        var stream = new MemoryStream();
        ScoreReportWorkbook.Write(stream, "2019年政府网站检查结果上报表", "示例市人民政府办公室", rows);
        stream.Position = 0;
        AssertValid(stream);
        var cells = Cells(stream, out _);
        Assert.Equal(["序号", "网站名称", "网站标识码", "单项否决", "扣分", "加分", "总分", "是否合格"],
            new[] { "A3", "B3", "C3", "D3", "E3", "F3", "G3", "H3" }.Select(c => cells[c]));
        Assert.Equal(["1", "甲市人民政府", "5001000001", "无", "1", "0", "99", "合格"],
            new[] { "A4", "B4", "C4", "D4", "E4", "F4", "G4", "H4" }.Select(c => cells[c]));
        Assert.Equal("站点无法访问", cells["D5"]);
        Assert.Equal(["—", "—", "—"], new[] { "E5", "F5", "G5" }.Select(c => cells[c]));
        Assert.Equal("不合格", cells["H5"]);
        Assert.Equal("3", cells["F6"]);
        Assert.Contains(cells, c => c.Value == "合计：3个网站，合格2个，不合格1个");
    }

    [Fact]
    public void Sheets_print_landscape_with_fixed_widths_wrapped_text_and_the_header_on_every_page()
    {
        var stream = Export(Case("2019"));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart!;
        var worksheet = workbookPart.WorksheetParts.Single().Worksheet;
        Assert.All(worksheet.Descendants<Column>(), c => Assert.True(c.CustomWidth!.Value && c.Width!.Value >= 7));
        Assert.Equal(OrientationValues.Landscape, worksheet.Descendants<PageSetup>().Single().Orientation!.Value);
        Assert.Equal("'评分表'!$3:$3", workbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles").Text);

        // The 细则 cells wrap, and their rows are tall enough for the wrapped lines.
        var formats = workbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var rule = worksheet.Descendants<Cell>().Single(c => c.InlineString?.InnerText.StartsWith("1.首页上的链接") == true);
        Assert.True(formats[(int)rule.StyleIndex!.Value].Alignment!.WrapText!.Value);
        Assert.True(((Row)rule.Parent!).Height!.Value >= 2 * 14.5);
    }

    [Fact]
    public void The_report_reads_back_with_the_platforms_excel_reader()
    {
        var rows = new List<SiteScoreRow> { new(new ScoredSite("甲市人民政府", "5001000001"), Case("2019")) };
        var stream = new MemoryStream();
        ScoreReportWorkbook.Write(stream, "上报表", "示例单位", rows);
        stream.Position = 0;
        // ExcelDataReader asks for code page 1252 even for .xlsx.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(stream);
        var read = new List<object?[]>();
        while (reader.Read())
            read.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        Assert.Equal("网站名称", read[2][1]);
        Assert.Equal("甲市人民政府", read[3][1]);
        Assert.Equal(99.0, read[3][6]);
    }

    [Fact]
    public void A_report_mixing_indicator_sets_is_refused()
    {
        var rows = new List<SiteScoreRow> { new(Site, Case("2019")), new(Site, Case("2015")) };
        Assert.Throws<ArgumentException>(() => ScoreReportWorkbook.Write(new MemoryStream(), "上报表", "单位", rows));
    }
}
