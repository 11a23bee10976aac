using System.Text.Json.Nodes;
using Pucha.Core.Scoring;
using Pucha.Features.Scoring;
using Spectre.Console;
using static Pucha.Tests.Scoring.Findings;

namespace Pucha.Tests.Scoring;

/// <summary>The score as JSON (<c>score</c> object) and as a Chinese console table.</summary>
public class ScoreSheetFormatTests
{
    private static ScoreSheet Sample() => InspectionScoring.Score(
        [.. Enumerable.Range(0, 12).Select(i => BrokenLink(i, onHomepage: true)), SiteIdentity("icp", "sponsor")],
        "2019", AsOf);

    [Fact]
    public void Json_has_the_score_object_shape()
    {
        var json = JsonNode.Parse(ScoreSheetJson.Serialize(Sample()))!.AsObject();
        Assert.Equal("website-2019", (string?)json["indicatorSet"]);
        Assert.Empty(json["vetoes"]!.AsArray());
        Assert.Equal(2m, (decimal?)json["deduction"]);
        Assert.Equal(98m, (decimal?)json["total"]);
        Assert.Equal(0m, (decimal?)json["bonus"]); // 98 is above 80: the bonus part is scored; all of it waits for a person
        Assert.True((bool?)json["qualified"]);

        var items = json["items"]!.AsArray();
        var usability = items.Single(i => (string?)i!["id"] == "usability")!;
        Assert.Equal("可用性", (string?)usability["name"]);
        Assert.Equal(1m, (decimal?)usability["points"]);
        Assert.Equal(1m, (decimal?)usability["deducted"]);
        Assert.Equal(12, usability["findings"]!.AsArray().Count);
        Assert.Equal("http://www.example.gov.cn/missing0.pdf", (string?)usability["findings"]![0]!["evidence"]!["target"]);
        Assert.Equal("machine", (string?)usability["decisions"]![0]!["decidedBy"]);

        var manual = items.Single(i => (string?)i!["id"] == "submission")!;
        Assert.Equal("需人工评判", (string?)manual["status"]);
        Assert.Equal("needs-manual", (string?)manual["state"]);
        Assert.Equal(0m, (decimal?)manual["deducted"]);
    }

    [Fact]
    public void Json_lists_vetoes_with_their_evidence_and_no_scores()
    {
        var json = ScoreSheetJson.ToJson(InspectionScoring.Score([Availability(0.06)], "2019", AsOf));
        var veto = json["vetoes"]!.AsArray().Single()!;
        Assert.Equal("站点无法访问", (string?)veto["name"]);
        Assert.Equal(0.06, (double?)veto["findings"]![0]!["evidence"]!["failureShare"]);
        Assert.Null(json["total"]);
        Assert.False((bool?)json["qualified"]);
    }

    [Fact]
    public void Console_table_is_in_chinese_and_escapes_crawled_text()
    {
        var hostile = Of("site-identity", Inspection.Findings.Severity.Warning, "[red]注入[/]", "http://x.gov.cn/[bold]", ("missing", new[] { "icp" }));
        var sheet = InspectionScoring.Score([hostile, .. Enumerable.Range(0, 12).Select(i => BrokenLink(i, true))], "2019", AsOf);
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        ScoreSheetConsole.Write(console, sheet);
        var text = writer.ToString();
        Assert.Contains("政府网站与政务新媒体检查指标", text);
        Assert.Contains("一级指标", text);
        Assert.Contains("功能设计", text);
        Assert.Contains("需人工评判", text);
        Assert.Contains("[red]注入[/]", text);
        Assert.Contains("是否合格", text);
        Assert.Contains("98.5", text);
    }
}
