using Pucha.Core.Indicators;

namespace Pucha.Core.Tests.Indicators;

/// <summary>A broken set file is refused with every problem named, never half-loaded.</summary>
public class IndicatorSetLoaderTests
{
    private const string Minimal = """
        {
          "id": "demo", "version": "1", "title": "示例", "source": "测试",
          "scoring": { "deductionPoints": 10, "bonusPoints": 0, "qualifiedMinimum": 6 },
          "groups": [
            { "part": "deduction", "name": "功能设计", "points": 10, "indicators": [
              { "id": "links", "name": "可用性", "rule": "每处扣1分", "points": 10,
                "rules": [ { "id": "r", "text": "每处扣1分", "mode": "per-occurrence", "each": 1, "unit": "处",
                             "feeds": [ { "check": "broken-link" } ] } ] } ] }
          ]
        }
        """;

    [Fact]
    public void A_new_table_is_just_a_new_file()
    {
        var set = IndicatorSetLoader.Parse(Minimal, "demo.json");
        Assert.Equal("demo", set.Id);
        Assert.Equal(["broken-link"], set.FedChecks);
    }

    [Fact]
    public void Points_that_do_not_add_up_are_refused()
    {
        var broken = Minimal.Replace("\"points\": 10, \"indicators\"", "\"points\": 12, \"indicators\"");
        var e = Assert.Throws<IndicatorSetFormatException>(() => IndicatorSetLoader.Parse(broken, "demo.json"));
        Assert.Contains(e.Problems, p => p.Contains("分值 12") && p.Contains("之和 10"));
    }

    [Fact]
    public void A_misspelt_property_is_refused_with_its_location()
    {
        var broken = Minimal.Replace("\"each\"", "\"eahc\"");
        var e = Assert.Throws<IndicatorSetFormatException>(() => IndicatorSetLoader.Parse(broken, "demo.json"));
        Assert.Contains("demo.json", e.Message);
        Assert.Contains("eahc", e.Message);
    }

    [Fact]
    public void An_unknown_mode_is_refused()
    {
        var broken = Minimal.Replace("per-occurrence", "per-visit");
        Assert.Throws<IndicatorSetFormatException>(() => IndicatorSetLoader.Parse(broken, "demo.json"));
    }

    [Fact]
    public void A_duplicate_id_and_a_rule_without_points_are_both_reported()
    {
        var broken = Minimal.Replace("\"each\": 1,", "");
        var e = Assert.Throws<IndicatorSetFormatException>(() => IndicatorSetLoader.Parse(broken, "demo.json"));
        Assert.Contains(e.Problems, p => p.Contains("each"));
    }

    [Fact]
    public void Oversized_input_is_refused()
    {
        var huge = new string(' ', IndicatorSetLoader.MaxFileBytes + 1);
        Assert.Throws<IndicatorSetFormatException>(() => IndicatorSetLoader.Parse(huge, "huge.json"));
    }
}
