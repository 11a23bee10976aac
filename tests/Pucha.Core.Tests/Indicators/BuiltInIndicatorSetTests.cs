using Pucha.Core.Indicators;

namespace Pucha.Core.Tests.Indicators;

/// <summary>The shipped tables load and add up to the official totals (渝府办发〔2015〕52号 附件2, 国办秘函〔2019〕19号).</summary>
public class BuiltInIndicatorSetTests
{
    private static decimal PointsOf(IndicatorSet set, IndicatorPart part) =>
        set.GroupsOf(part).SelectMany(g => g.Indicators).Sum(i => i.Points ?? 0);

    private static string[] GroupNames(IndicatorSet set, IndicatorPart part) => set.GroupsOf(part).Select(g => g.Name).ToArray();

    private static string[] Names(IndicatorSet set, IndicatorPart part) =>
        set.GroupsOf(part).SelectMany(g => g.Indicators).Select(i => i.Name).ToArray();

    [Fact]
    public void Every_built_in_set_loads()
    {
        Assert.Equal(BuiltInIndicatorSets.Ids, BuiltInIndicatorSets.All.Select(s => s.Id));
    }

    [Fact]
    public void Website_2019_has_six_vetoes_and_deduction_groups_of_31_25_23_21()
    {
        var set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Website2019);
        Assert.Equal(["安全、泄密事故等严重问题", "站点无法访问", "首页不更新", "栏目不更新", "互动回应差", "服务不实用"], Names(set, IndicatorPart.Veto));
        Assert.Equal(["发布解读", "办事服务", "互动交流", "功能设计"], GroupNames(set, IndicatorPart.Deduction));
        Assert.Equal([31m, 25m, 23m, 21m],
            set.GroupsOf(IndicatorPart.Deduction).Select(g => g.Indicators.Sum(i => i.Points ?? 0)));
        Assert.Equal(100m, PointsOf(set, IndicatorPart.Deduction));
        Assert.Equal(100m, set.Scoring.DeductionPoints);
        Assert.Equal(60m, set.Scoring.QualifiedMinimum);
        Assert.Equal(80m, set.Scoring.BonusAbove);
    }

    [Fact]
    public void Website_2019_bonus_part_is_30_in_the_seeds_groups()
    {
        var set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Website2019);
        Assert.Equal(["信息发布", "办事服务", "互动交流", "功能设计", "创新发展"], GroupNames(set, IndicatorPart.Bonus));
        Assert.Equal([7m, 6m, 8m, 6m, 3m], set.GroupsOf(IndicatorPart.Bonus).Select(g => g.Indicators.Sum(i => i.Points ?? 0)));
        Assert.Equal(30m, PointsOf(set, IndicatorPart.Bonus));
    }

    [Fact]
    public void Website_2019_state_council_department_without_services_is_out_of_75_times_4_3()
    {
        var set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Website2019);
        var exemption = Assert.Single(set.Exemptions);
        Assert.Equal(75m, exemption.OutOf);
        Assert.Equal(new Fraction(4, 3), exemption.Multiplier);
        var services = set.GroupsOf(IndicatorPart.Deduction).Single(g => g.Name == "办事服务");
        Assert.All(services.Indicators, i => Assert.Contains(i.Id, exemption.Skips));
        Assert.Contains("services-not-practical", exemption.Skips);
    }

    [Fact]
    public void Website_2019_state_council_department_portal_skips_overview_and_scores_functions_out_of_4()
    {
        var set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Website2019);
        var traits = new HashSet<string> { "state-council-department" };
        Assert.True(set.Find("overview")!.IsSkippedFor(traits));
        Assert.Equal(4m, set.Find("functions")!.For(traits).Points);
        Assert.Equal(2m, set.Find("functions")!.For(new HashSet<string>()).Points);
    }

    [Fact]
    public void New_media_2019_has_three_vetoes_and_nothing_else()
    {
        var set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.NewMedia2019);
        Assert.Equal(["安全、泄密事故等严重问题", "内容不更新", "互动回应差"], Names(set, IndicatorPart.Veto));
        Assert.Empty(set.GroupsOf(IndicatorPart.Deduction));
        Assert.Empty(set.GroupsOf(IndicatorPart.Bonus));
    }

    [Fact]
    public void Supervision_2019_has_four_vetoes_100_deduction_and_20_bonus_points()
    {
        var set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Supervision2019);
        Assert.Equal(4, set.GroupsOf(IndicatorPart.Veto).Single().Indicators.Count);
        Assert.Equal(100m, PointsOf(set, IndicatorPart.Deduction));
        Assert.Equal(20m, PointsOf(set, IndicatorPart.Bonus));
        Assert.Equal(
            ["通报整改", "抽查检查", "考核评价", "全面监管", "网民监督", "网民监督", "集约整合", "年度报表", "年度报表", "网站域名"],
            Names(set, IndicatorPart.Deduction));
        var exemption = Assert.Single(set.Exemptions);
        Assert.Equal(["assessment"], exemption.Skips);
        Assert.Equal(90m, exemption.OutOf);
        Assert.Equal(new Fraction(10, 9), exemption.Multiplier);
    }

    [Fact]
    public void Census_2015_has_five_vetoes_nine_deduction_indicators_and_the_40_point_line()
    {
        var set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Census2015);
        Assert.Equal(["站点无法访问", "网站不更新", "栏目不更新", "严重错误", "互动回应差"], Names(set, IndicatorPart.Veto));
        Assert.Equal(["网站可用性", "信息更新情况", "互动回应情况", "服务实用情况"], GroupNames(set, IndicatorPart.Deduction));
        Assert.Equal(["首页可用性", "链接可用性", "首页栏目", "基本信息", "政务咨询类栏目", "调查征集类栏目", "办事指南", "附件下载", "在线系统"],
            Names(set, IndicatorPart.Deduction));
        // The 2015 sheet prints no points: it deducts, and more than 40 deducted is 不合格.
        Assert.All(set.Indicators, i => Assert.Null(i.Points));
        Assert.Null(set.Scoring.DeductionPoints);
        Assert.Equal(40m, set.Scoring.MaxDeducted);
        Assert.Empty(set.GroupsOf(IndicatorPart.Bonus));
    }

    [Fact]
    public void Wording_is_the_seeds()
    {
        var census = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Census2015);
        Assert.Equal("监测2周，首页栏目信息更新总量少于10条的，扣5分（2周内首页栏目信息更新总量为0的，直接列入单项否决）。",
            census.Find("homepage-columns")!.Rule);
        var website = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Website2019);
        Assert.Equal("未在全站页面底部功能区清晰列明党政机关网站标识、网站标识码、ICP备案编号、公安机关备案标识、网站主办单位、联系方式的，每缺一项，扣0.5分。",
            website.Find("site-identity")!.Rule);
    }
}
