using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Reporting;

namespace Pucha.Inspection.Tests.Reporting;

public sealed class ReportWriterTests
{
    private static InspectionReport Report(params Finding[] findings) => new()
    {
        Site = new ReportSite("http://www.mouxian.gov.cn/", "https://www.mouxian.gov.cn/", "某某县人民政府", "4301240001"),
        AsOf = new DateOnly(2024, 6, 15),
        StartedAt = new DateTimeOffset(2024, 6, 15, 8, 0, 0, TimeSpan.Zero),
        Homepage = new HomepageVisit(true, 200, 123.4, null, ["301 http://www.mouxian.gov.cn/ → https://www.mouxian.gov.cn/"]),
        Stats = new ReportStats(10, 50, 49, 1, 2, 12345, 1.5),
        Findings = findings,
    };

    private static Finding Broken => new(CheckIds.BrokenLink, Severity.Error, "首页链接无法访问：http://www.mouxian.gov.cn/a.html（HTTP 404）",
        "http://www.mouxian.gov.cn/a.html",
        new Dictionary<string, object?>
        {
            ["target"] = "http://www.mouxian.gov.cn/a.html",
            ["status"] = 404,
            ["foundOn"] = new[] { "http://www.mouxian.gov.cn/" },
            ["onHomepage"] = true,
        });

    // Crawled text is hostile: control characters, markup, and characters XML cannot carry.
    private static Finding Hostile => new(CheckIds.Lexicon, Severity.Error, "页面含有「\u0001<script>alert(1)</script>\u001b[31m」",
        "http://www.mouxian.gov.cn/b.html",
        new Dictionary<string, object?> { ["term"] = "x\u0000y\uFFFE", ["context"] = "\"quoted\" \\ 反斜杠", ["newest"] = new DateOnly(2024, 1, 2) });

    [Fact]
    public void Json_report_has_the_documented_shape()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(Report(Broken)));
        var root = json.RootElement;

        Assert.Equal("http://www.mouxian.gov.cn/", root.GetProperty("site").GetProperty("url").GetString());
        Assert.Equal("https://www.mouxian.gov.cn/", root.GetProperty("site").GetProperty("finalUrl").GetString());
        Assert.Equal("某某县人民政府", root.GetProperty("site").GetProperty("name").GetString());
        Assert.Equal("4301240001", root.GetProperty("site").GetProperty("siteCode").GetString());
        Assert.Equal("2024-06-15", root.GetProperty("asOf").GetString());
        var stats = root.GetProperty("stats");
        Assert.Equal(10, stats.GetProperty("pages").GetInt32());
        Assert.Equal(50, stats.GetProperty("links").GetInt32());
        Assert.Equal(12345, stats.GetProperty("bytes").GetInt64());
        Assert.Equal(1.5, stats.GetProperty("seconds").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("score").ValueKind);

        var finding = root.GetProperty("findings")[0];
        Assert.Equal("broken-link", finding.GetProperty("check").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(404, finding.GetProperty("evidence").GetProperty("status").GetInt32());
        Assert.True(finding.GetProperty("evidence").GetProperty("onHomepage").GetBoolean());
        Assert.Equal("http://www.mouxian.gov.cn/", finding.GetProperty("evidence").GetProperty("foundOn")[0].GetString());
    }

    [Fact]
    public void Json_keeps_chinese_readable_and_escapes_hostile_text()
    {
        var text = JsonReportWriter.Write(Report(Hostile));
        Assert.Contains("页面含有", text);
        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var evidence = json.RootElement.GetProperty("findings")[0].GetProperty("evidence");
        Assert.Equal("x\u0000y\uFFFE", evidence.GetProperty("term").GetString());
        Assert.Equal("2024-01-02", evidence.GetProperty("newest").GetString());
    }

    [Fact]
    public void Table_report_is_a_chinese_summary_without_control_characters()
    {
        var text = TableReportWriter.Write(Report(Broken, Hostile));
        Assert.Contains("监测时间点：2024-06-15", text);
        Assert.Contains("【链接可用性】1 项", text);
        Assert.Contains("【严重错误（错敏词）】1 项", text);
        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_report_says_when_nothing_was_found() =>
        Assert.Contains("未发现问题", TableReportWriter.Write(Report()));

    [Fact]
    public void Xlsx_report_is_valid_open_xml_with_one_row_per_finding()
    {
        using var stream = new MemoryStream();
        XlsxReportWriter.Write(Report(Broken, Hostile), stream);
        stream.Position = 0;

        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));

        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("检查结果", sheet.Name!.Value);
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        var cells = rows[1].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal("链接可用性", cells[1]);
        Assert.Equal("broken-link", cells[2]);
        Assert.Equal("http://www.mouxian.gov.cn/a.html", cells[5]);
        Assert.DoesNotContain('\u0001', rows[2].InnerText);
    }
}
