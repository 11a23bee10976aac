using System.Text.Json;
using Pucha.Core.Scoring;
using Pucha.Inspection.Findings;
using Pucha.Features.Scoring;
using static Pucha.Tests.Scoring.Findings;

namespace Pucha.Tests.Scoring;

/// <summary>From engine findings to a score sheet, through the one entry point the CLI uses.</summary>
public class InspectionScoringTests
{
    [Fact]
    public void Findings_map_to_observations_with_their_evidence_and_severity()
    {
        var observation = FindingObservations.ToObservation(BrokenLink(1, onHomepage: true));
        Assert.Equal("broken-link", observation.Check);
        Assert.Equal("http://www.example.gov.cn/p1.html", observation.Url);
        Assert.Equal("链接打不开", observation.Message);
        Assert.Equal(true, observation.Evidence["onHomepage"]);
        Assert.Equal("error", observation.Evidence["severity"]);
    }

    [Fact]
    public void Twelve_homepage_broken_links_score_99_in_2019()
    {
        var findings = Enumerable.Range(0, 12).Select(i => BrokenLink(i, onHomepage: true)).ToList();
        var sheet = InspectionScoring.Score(findings, "2019", AsOf);
        Assert.Equal("website-2019", sheet.IndicatorSet);
        Assert.Equal(99m, sheet.Total);
        Assert.True(sheet.Qualified);
    }

    [Fact]
    public void The_same_findings_cost_12_in_2015()
    {
        var findings = Enumerable.Range(0, 12).Select(i => BrokenLink(i, onHomepage: true)).ToList();
        var sheet = InspectionScoring.Score(findings, "2015", AsOf);
        Assert.Equal(12m, sheet.Deducted);
        Assert.Null(sheet.Total);
    }

    [Fact]
    public void Evidence_read_back_from_a_json_report_scores_the_same()
    {
        // A report written to disk and read again carries JsonElement values, not CLR ones.
        var evidence = JsonSerializer.Deserialize<Dictionary<string, object?>>("""{"failureShare":0.05}""")!;
        var finding = new Finding(CheckIds.Availability, Severity.Veto, "首页无法访问", "http://www.example.gov.cn/", evidence);
        Assert.Equal("站点无法访问", Assert.Single(InspectionScoring.Score([finding], "2019", AsOf).Vetoes).Name);
    }

    [Fact]
    public void A_set_file_path_is_a_new_table()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pucha-set-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "id": "links-2030", "version": "2030-01-01", "title": "示例指标", "source": "测试",
              "scoring": { "deductionPoints": 10, "bonusPoints": 0, "qualifiedMinimum": 6 },
              "groups": [ { "part": "deduction", "name": "功能设计", "points": 10, "indicators": [
                { "id": "links", "name": "可用性", "rule": "每处扣2分", "points": 10,
                  "rules": [ { "id": "r", "text": "每处扣2分", "mode": "per-occurrence", "each": 2, "unit": "处",
                               "feeds": [ { "check": "broken-link" } ] } ] } ] } ] }
            """);
        try
        {
            var sheet = InspectionScoring.Score([BrokenLink(1, false), BrokenLink(2, true)], path, AsOf);
            Assert.Equal("links-2030", sheet.IndicatorSet);
            Assert.Equal(6m, sheet.Total);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_set_name_is_a_clear_error()
    {
        var e = Assert.Throws<ArgumentException>(() => InspectionScoring.Score([], "2018", AsOf));
        Assert.Contains("2015", e.Message);
        Assert.Contains("2019", e.Message);
    }

    [Fact]
    public void A_state_council_department_profile_is_passed_through()
    {
        var sheet = InspectionScoring.Score([], "2019", AsOf, SiteKind.StateCouncilDepartmentWithoutServices);
        Assert.Equal("没有对外服务职能的国务院部门", sheet.Exemption);
        Assert.Equal(100m, sheet.Total);
    }
}
