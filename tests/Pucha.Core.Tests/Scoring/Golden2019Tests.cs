using Pucha.Core.Indicators;
using Pucha.Core.Scoring;
using static Pucha.Core.Tests.Scoring.Observations;

namespace Pucha.Core.Tests.Scoring;

/// <summary>
/// Cases computed by hand from the 2019 table (国办秘函〔2019〕19号): 扣分指标 100 points, below 60 不合格,
/// above 80 the bonus part, each indicator capped at its own points.
/// </summary>
public class Golden2019Tests
{
    private static readonly IndicatorSet Set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Website2019);

    private static ScoreSheet Score(IEnumerable<Observation> observations, IEnumerable<ManualEntry>? manual = null, SiteKind? site = null) =>
        Scorer.Score(Set, observations.ToList(), (manual ?? []).ToList(), AsOf, site ?? SiteKind.LocalPortal);

    private static ManualEntry Person(string indicator, decimal points, string note = "人工检查发现") =>
        new(indicator, points, false, note, "张三");

    /// <summary>19.9 points by machine: 15 stale columns + 3 identity + 0.9 other-page links + 1 IPv6.</summary>
    private static List<Observation> Deducting19_9() =>
        [.. ThreeStaleColumns(), AllIdentityMissing(), .. BrokenLinks(9, onHomepage: false), Ipv6()];

    [Fact]
    public void Unavailability_of_4_9_percent_is_not_a_veto()
    {
        var sheet = Score([Availability(0.049)]);
        Assert.Empty(sheet.Vetoes);
        Assert.True(sheet.Qualified);
        Assert.Equal(100m, sheet.Total);
    }

    [Fact]
    public void Unavailability_of_5_0_percent_is_a_veto_with_its_evidence()
    {
        var sheet = Score([Availability(0.05)]);
        var veto = Assert.Single(sheet.Vetoes);
        Assert.Equal("站点无法访问", veto.Name);
        Assert.Equal(0.05, Assert.Single(Assert.Single(veto.Lines).Observations).Evidence["failureShare"]);
        Assert.False(sheet.Qualified);
        Assert.Null(sheet.Total);
    }

    [Fact]
    public void Deduction_part_of_80_1_reaches_the_bonus_part()
    {
        var sheet = Score(Deducting19_9(), [Person("innovation", 3, "获市政府主要领导同志肯定")]);
        Assert.Equal(19.9m, sheet.Deducted);
        Assert.Equal(80.1m, sheet.DeductionPart);
        Assert.Equal(3m, sheet.Bonus);
        Assert.Equal(83.1m, sheet.Total);
        Assert.True(sheet.Qualified);
    }

    [Fact]
    public void Deduction_part_of_exactly_80_does_not_reach_the_bonus_part()
    {
        var sheet = Score([.. Deducting19_9(), BrokenLink(99_999, onHomepage: false)], [Person("innovation", 3)]);
        Assert.Equal(80m, sheet.DeductionPart);
        Assert.Null(sheet.Bonus);
        Assert.Equal(80m, sheet.Total);
        Assert.Equal(IndicatorStatus.NotScored, sheet.Items.Single(i => i.Id == "innovation").Status);
    }

    /// <summary>20 by machine + 7 信息提交 + 7 办理答复 + 3 统一登录 + 3 事项公开 = 40.</summary>
    private static ManualEntry[] Twenty() =>
        [Person("submission", 7), Person("replies", 7), Person("unified-login", 3), Person("service-listing", 3)];

    [Fact]
    public void Exactly_60_is_qualified()
    {
        var sheet = Score([.. Deducting19_9(), BrokenLink(99_999, onHomepage: false)], Twenty());
        Assert.Equal(40m, sheet.Deducted);
        Assert.Equal(60m, sheet.Total);
        Assert.True(sheet.Qualified);
    }

    [Fact]
    public void A_score_of_59_9_is_unqualified()
    {
        var sheet = Score([.. Deducting19_9(), BrokenLink(99_999, onHomepage: false), PageLabels(1, "article")], Twenty());
        Assert.Equal(40.1m, sheet.Deducted);
        Assert.Equal(59.9m, sheet.Total);
        Assert.False(sheet.Qualified);
        Assert.Contains("低于60分", sheet.Verdict);
    }

    [Fact]
    public void Twelve_homepage_broken_links_cost_1_not_2_4()
    {
        var sheet = Score(BrokenLinks(12, onHomepage: true));
        var usability = sheet.Items.Single(i => i.Id == "usability");
        Assert.Equal(2.4m, Assert.Single(usability.Lines).Points);
        Assert.Equal(1m, usability.Deducted);
        Assert.Equal(99m, sheet.Total);
    }

    [Fact]
    public void A_missing_footer_item_counts_once_however_many_pages_miss_it()
    {
        var sheet = Score([SiteIdentity("http://a/", "icp", "sponsor"), SiteIdentity("http://b/", "icp"), SiteIdentity("http://c/", "sponsor")]);
        Assert.Equal(1m, sheet.Items.Single(i => i.Id == "site-identity").Deducted);
    }

    [Fact]
    public void State_council_department_without_services_is_scored_out_of_75_times_4_3()
    {
        // 15 deducted: (75 − 15) × 4/3 = 80, not above 80; service findings are not checked.
        var sheet = Score([.. ThreeStaleColumns(), ServiceGuide(1, [], ["其他材料"])], [Person("innovation", 3)],
            SiteKind.StateCouncilDepartmentWithoutServices);
        Assert.Equal("没有对外服务职能的国务院部门", sheet.Exemption);
        Assert.Equal(15m, sheet.Deducted);
        Assert.Equal(80m, sheet.DeductionPart);
        Assert.Null(sheet.Bonus);
        Assert.All(sheet.Items.Where(i => i.Group == "办事服务"), i => Assert.Equal(IndicatorStatus.Skipped, i.Status));
        Assert.Equal(IndicatorStatus.Skipped, sheet.Items.Single(i => i.Id == "overview").Status);
    }

    [Fact]
    public void State_council_department_without_services_above_80_gets_the_bonus_and_loses_up_to_4_on_functions()
    {
        // 14.9 deducted: 60.1 × 4/3 = 80.1333…, above 80.
        var sheet = Score([.. ThreeStaleColumns().Take(2), Ipv6(), .. BrokenLinks(9, false), AllIdentityMissing()],
            [Person("innovation", 3), Person("functions", 4, "未开设机构职能类栏目")], SiteKind.StateCouncilDepartmentWithoutServices);
        Assert.Equal(18.9m, sheet.Deducted);
        Assert.Equal((75m - 18.9m) * 4 / 3, sheet.DeductionPart);
        Assert.Null(sheet.Bonus);
        Assert.Equal(4m, sheet.Items.Single(i => i.Id == "functions").Points);

        var above = Score([.. ThreeStaleColumns().Take(2), .. BrokenLinks(9, false), Ipv6()], [Person("innovation", 3)],
            SiteKind.StateCouncilDepartmentWithoutServices);
        Assert.Equal(11.9m, above.Deducted);
        Assert.Equal(84.1333m, decimal.Round(above.DeductionPart!.Value, 4));
        Assert.Equal(3m, above.Bonus);
    }

    [Fact]
    public void A_veto_short_circuits_everything_else()
    {
        var sheet = Score([.. Enumerable.Range(0, 5).Select(EmptyColumn), .. BrokenLinks(12, true)]);
        var veto = Assert.Single(sheet.Vetoes);
        Assert.Equal("栏目不更新", veto.Name);
        Assert.Equal(5, veto.Lines.Single(l => l.Veto).Observations.Count);
        Assert.Null(sheet.Deducted);
        Assert.Null(sheet.Total);
        Assert.Equal(IndicatorStatus.NotScored, sheet.Items.Single(i => i.Id == "usability").Status);
    }

    [Fact]
    public void Four_empty_columns_are_not_a_veto_but_cost_the_other_columns_indicator_its_4_points()
    {
        var sheet = Score(Enumerable.Range(0, 4).Select(EmptyColumn));
        Assert.Empty(sheet.Vetoes);
        Assert.Equal(4m, sheet.Items.Single(i => i.Id == "other-columns").Deducted);
        Assert.Equal(96m, sheet.Total);
    }

    [Fact]
    public void A_dictionary_hit_waits_for_a_person_and_a_confirmed_one_vetoes()
    {
        var hit = Lexicon("习进平", "习近平");
        var pending = Score([hit]);
        Assert.Empty(pending.Vetoes);
        var security = pending.Items.Single(i => i.Id == "security");
        Assert.Equal(IndicatorStatus.NeedsManual, security.Status);
        Assert.True(Assert.Single(security.Lines).ForReview);

        var confirmed = Score([hit], [new ManualEntry("security", 0, true, "领导人姓名写错，已截图", "李四")]);
        var veto = Assert.Single(confirmed.Vetoes);
        var line = veto.Lines.Single(l => l.Veto);
        Assert.Equal("李四", line.Person);
        Assert.Equal("领导人姓名写错，已截图", line.Text);
        Assert.False(confirmed.Qualified);
    }

    [Fact]
    public void Manual_entries_are_recorded_with_person_and_note_and_capped()
    {
        var sheet = Score([], [Person("leaders", 1, "领导简历缺失"), Person("leaders", 2, "副职姓名错误")]);
        var leaders = sheet.Items.Single(i => i.Id == "leaders");
        Assert.Equal(2m, leaders.Deducted);
        Assert.All(leaders.Lines, l => Assert.Equal("张三", l.Person));
        Assert.Equal(["领导简历缺失", "副职姓名错误"], leaders.Lines.Select(l => l.Text));
        Assert.False(leaders.PendingManual);
        Assert.True(sheet.Items.Single(i => i.Id == "submission").PendingManual);
        Assert.Equal(IndicatorStatus.NeedsManual, sheet.Items.Single(i => i.Id == "submission").Status);
    }

    [Fact]
    public void A_manual_entry_for_an_unknown_indicator_or_without_a_note_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Score([], [Person("no-such-indicator", 1)]));
        Assert.Throws<ArgumentException>(() => Score([], [new ManualEntry("leaders", 1, false, " ", "张三")]));
        Assert.Throws<ArgumentException>(() => Score([], [new ManualEntry("leaders", 1, true, "否决", "张三")]));
    }

    [Fact]
    public void Columns_are_stale_by_the_as_of_date()
    {
        Assert.Equal(0m, Score([ColumnUpdate("工作动态", 14, AsOf.AddDays(-14))]).Items.Single(i => i.Id == "news").Deducted);
        Assert.Equal(5m, Score([ColumnUpdate("工作动态", 14, AsOf.AddDays(-15))]).Items.Single(i => i.Id == "news").Deducted);
        // 未注明发布时间的视为不更新.
        Assert.Equal(5m, Score([ColumnUpdate("工作动态", 14, null)]).Items.Single(i => i.Id == "news").Deducted);
    }

    [Fact]
    public void Messages_unanswered_over_three_months_within_the_past_year_veto()
    {
        Assert.Equal("互动回应差", Assert.Single(Score([Unanswered(AsOf.AddMonths(-4))]).Vetoes).Name);
        Assert.Empty(Score([Unanswered(AsOf.AddMonths(-2))]).Vetoes);
        Assert.Empty(Score([Unanswered(AsOf.AddMonths(-13))]).Vetoes);
    }

    [Fact]
    public void Five_guides_missing_four_elements_veto_and_four_do_not()
    {
        string[] four = ["设定依据", "办理机构", "收费标准", "办理时间"];
        Assert.Equal("服务不实用", Assert.Single(Score(Enumerable.Range(0, 5).Select(i => ServiceGuide(i, four))).Vetoes).Name);
        var sheet = Score(Enumerable.Range(0, 4).Select(i => ServiceGuide(i, four)));
        Assert.Empty(sheet.Vetoes);
        Assert.Equal(8m, sheet.Items.Single(i => i.Id == "service-guide").Deducted); // 16 × 0.5 = 8, its full points
    }
}
