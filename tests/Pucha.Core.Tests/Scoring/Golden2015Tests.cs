using Pucha.Core.Indicators;
using Pucha.Core.Scoring;
using static Pucha.Core.Tests.Scoring.Observations;

namespace Pucha.Core.Tests.Scoring;

/// <summary>
/// Cases computed by hand from the 2015 census sheet (渝府办发〔2015〕52号 附件2): vetoes, then deductions with
/// no printed maximum; more than 40 deducted is 不合格.
/// </summary>
public class Golden2015Tests
{
    private static readonly IndicatorSet Set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Census2015);

    private static ScoreSheet Score(IEnumerable<Observation> observations, IEnumerable<ManualEntry>? manual = null) =>
        Scorer.Score(Set, observations.ToList(), (manual ?? []).ToList(), AsOf, SiteKind.Ordinary);

    [Fact]
    public void Unavailability_of_4_9_percent_costs_20_points_not_a_veto()
    {
        // 每1%扣5分, whole steps: 4.9% is 4 steps.
        var sheet = Score([Availability(0.049)]);
        Assert.Empty(sheet.Vetoes);
        Assert.Equal(20m, sheet.Items.Single(i => i.Id == "homepage-availability").Deducted);
        Assert.Equal(20m, sheet.Deducted);
        Assert.True(sheet.Qualified);
        Assert.Null(sheet.Total);
    }

    [Fact]
    public void Unavailability_of_5_0_percent_is_a_veto()
    {
        var sheet = Score([Availability(0.05)]);
        Assert.Equal("站点无法访问", Assert.Single(sheet.Vetoes).Name);
        Assert.False(sheet.Qualified);
        Assert.Null(sheet.Deducted);
    }

    [Fact]
    public void Deducting_exactly_40_is_qualified()
    {
        var sheet = Score(BrokenLinks(40, onHomepage: true));
        Assert.Equal(40m, sheet.Deducted);
        Assert.True(sheet.Qualified);
        Assert.Equal("合格", sheet.Verdict);
    }

    [Fact]
    public void Deducting_40_1_is_unqualified()
    {
        var sheet = Score([.. BrokenLinks(40, onHomepage: true), BrokenLink(99_999, onHomepage: false)]);
        Assert.Equal(40.1m, sheet.Deducted);
        Assert.False(sheet.Qualified);
        Assert.Contains("超过40分", sheet.Verdict);
    }

    [Fact]
    public void Fewer_than_10_homepage_items_cost_5_and_none_is_a_veto()
    {
        Assert.Equal(5m, Score([HomepageUpdate(9)]).Deducted);
        Assert.Equal(0m, Score([HomepageUpdate(10)]).Deducted);
        Assert.Equal("网站不更新", Assert.Single(Score([HomepageUpdate(0)]).Vetoes).Name);
    }

    [Fact]
    public void Stale_columns_cost_3_4_and_5_by_kind()
    {
        var sheet = Score(
        [
            ColumnUpdate("工作动态", 14, AsOf.AddDays(-20)),
            ColumnUpdate("通知公告", 180, AsOf.AddMonths(-7)),
            ColumnUpdate("人事信息", 365, AsOf.AddYears(-2)),
        ]);
        Assert.Equal(12m, sheet.Items.Single(i => i.Id == "basic-information").Deducted);
    }

    [Fact]
    public void Five_stale_news_and_notice_columns_veto()
    {
        var stale = Enumerable.Range(0, 5).Select(i => ColumnUpdate($"动态{i}", 14, AsOf.AddMonths(-1))).ToList();
        Assert.Equal("栏目不更新", Assert.Single(Score(stale).Vetoes).Name);
        Assert.Empty(Score(stale.Take(4)).Vetoes);
    }

    [Fact]
    public void Manual_judgements_count_with_their_person_and_note()
    {
        var sheet = Score([], [new ManualEntry("survey", 3, false, "2014年仅开展2次调查征集", "王五")]);
        var survey = sheet.Items.Single(i => i.Id == "survey");
        Assert.Equal(3m, survey.Deducted);
        Assert.Equal("王五", Assert.Single(survey.Lines).Person);
    }
}
