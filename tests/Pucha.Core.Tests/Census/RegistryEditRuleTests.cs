using Pucha.Core.Census;
using Pucha.Core.Websites;

namespace Pucha.Core.Tests.Census;

public sealed class RegistryEditRuleTests
{
    private const int Unit = 40, County = 30, City = 20, Province = 10;

    private static readonly ReviewRoute Route = new([
        new ReviewStep(County, ReviewLevel.County),
        new ReviewStep(City, ReviewLevel.City),
        new ReviewStep(Province, ReviewLevel.Province),
    ]);

    private static ReviewActor? Actor(string who) => who switch
    {
        "unit" => new ReviewActor(1, "填报人", Unit, IsReportingUnit: true),
        "county" => new ReviewActor(2, "县", County, false),
        "city" => new ReviewActor(3, "市", City, false),
        "province" => new ReviewActor(4, "省", Province, false),
        _ => null, // platform administrator
    };

    [Theory]
    // 未提交 and 退回: the draft of whoever may see it.
    [InlineData(CensusStatus.NotSubmitted, 0, "unit", RegistryEditKind.Allowed)]
    [InlineData(CensusStatus.NotSubmitted, 0, "city", RegistryEditKind.Allowed)]
    [InlineData(CensusStatus.NotSubmitted, 0, "admin", RegistryEditKind.Allowed)]
    [InlineData(CensusStatus.Returned, 1, "unit", RegistryEditKind.Allowed)]
    [InlineData(CensusStatus.Returned, 1, "admin", RegistryEditKind.Allowed)]
    // 未审核: only the reviewer whose turn it is.
    [InlineData(CensusStatus.PendingReview, 0, "unit", RegistryEditKind.InReview)]
    [InlineData(CensusStatus.PendingReview, 0, "county", RegistryEditKind.Allowed)]
    [InlineData(CensusStatus.PendingReview, 0, "city", RegistryEditKind.InReview)]
    [InlineData(CensusStatus.PendingReview, 1, "county", RegistryEditKind.InReview)]
    [InlineData(CensusStatus.PendingReview, 1, "city", RegistryEditKind.Allowed)]
    [InlineData(CensusStatus.PendingReview, 2, "province", RegistryEditKind.Allowed)]
    [InlineData(CensusStatus.PendingReview, 2, "admin", RegistryEditKind.Forbidden)]
    // 审核通过: back through review for the units; never the administrator.
    [InlineData(CensusStatus.Approved, 2, "unit", RegistryEditKind.Reopens)]
    [InlineData(CensusStatus.Approved, 2, "province", RegistryEditKind.Reopens)]
    [InlineData(CensusStatus.Approved, 2, "admin", RegistryEditKind.Forbidden)]
    public void Each_state_and_role(CensusStatus state, int step, string who, RegistryEditKind expected)
    {
        var decision = RegistryEditRule.Decide(new ReviewStatus(state, step), Route, Actor(who));
        Assert.Equal(expected, decision.Kind);
        Assert.Equal(decision.Saves, decision.Message is null);
    }

    [Fact]
    public void The_refusal_names_the_level_whose_turn_it_is()
    {
        var decision = RegistryEditRule.Decide(new ReviewStatus(CensusStatus.PendingReview, 1), Route, Actor("unit"));
        Assert.Equal("该网站信息正在市级组织单位审核中（未审核），暂不能修改；如需修改，请联系审核单位退回后再修改并重新提交。", decision.Message);
    }
}
