using Pucha.Core.Indicators;
using Pucha.Core.Scoring;

namespace Pucha.Core.Tests.Scoring;

/// <summary>The 2019 supervision assessment: State Council departments skip 考核评价 and are scored out of 90 × 10/9.</summary>
public class SupervisionScoringTests
{
    private static readonly IndicatorSet Set = BuiltInIndicatorSets.Get(BuiltInIndicatorSets.Supervision2019);
    private static readonly DateOnly AsOf = new(2020, 3, 1);

    private static ManualEntry Person(string id, decimal points) => new(id, points, false, "考核组核查", "赵六");

    [Fact]
    public void A_province_loses_points_out_of_100()
    {
        var sheet = Scorer.Score(Set, [], [Person("assessment", 10), Person("consolidation", 25)], AsOf, SiteKind.Ordinary);
        Assert.Equal(20m, sheet.Items.Single(i => i.Id == "consolidation").Deducted); // capped at 20
        Assert.Equal(70m, sheet.Total);
        Assert.True(sheet.Qualified);
    }

    [Fact]
    public void A_state_council_department_is_scored_out_of_90_times_10_9()
    {
        var department = new SiteKind([SiteTraits.StateCouncilDepartment]);
        var sheet = Scorer.Score(Set, [], [Person("consolidation", 10), Person("bonus", 5)], AsOf, department);
        Assert.Equal(IndicatorStatus.Skipped, sheet.Items.Single(i => i.Id == "assessment").Status);
        Assert.Equal(10m, sheet.Deducted);
        Assert.Equal(80m * 10 / 9, sheet.DeductionPart); // (90 − 10) × 10/9 = 88.89, above 80
        Assert.Equal(5m, sheet.Bonus);

        var eighty = Scorer.Score(Set, [], [Person("consolidation", 18), Person("bonus", 5)], AsOf, department);
        Assert.Equal(80m, eighty.DeductionPart); // (90 − 18) × 10/9 = 80 exactly: no bonus
        Assert.Null(eighty.Bonus);
    }

    [Fact]
    public void A_confirmed_veto_fails_the_assessment()
    {
        var sheet = Scorer.Score(Set, [], [new ManualEntry("no-quarterly-checks", 0, true, "第三季度未开展抽查", "赵六")], AsOf, SiteKind.Ordinary);
        Assert.False(sheet.Qualified);
        Assert.Single(sheet.Vetoes);
    }
}
