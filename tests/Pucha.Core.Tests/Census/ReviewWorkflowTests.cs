using Pucha.Core.Websites;
using Pucha.Core.Census;

namespace Pucha.Core.Tests.Census;

public class ReviewWorkflowTests
{
    private const int County = 30, City = 20, Province = 10, Unit = 99;

    private static readonly ReviewRoute Route = new([
        new ReviewStep(County, ReviewLevel.County),
        new ReviewStep(City, ReviewLevel.City),
        new ReviewStep(Province, ReviewLevel.Province),
    ]);

    private static readonly DateTimeOffset Now = new(2015, 4, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private static ReviewActor UnitActor => new(1, "新华区网站办", Unit, IsReportingUnit: true);

    private static ReviewActor Organizer(int organizationId) => new(2, "审核员", organizationId, IsReportingUnit: false);

    private static ReviewStatus Do(ReviewStatus status, ReviewAction action, ReviewActor actor, string? reason = null)
    {
        var outcome = ReviewWorkflow.Apply(7, status, Route, action, actor, Now, reason);
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Status;
    }

    [Fact]
    public void Record_climbs_level_by_level_and_only_the_top_approval_issues_the_identifier()
    {
        var status = Do(ReviewStatus.New, ReviewAction.Submit, UnitActor);
        Assert.Equal(new ReviewStatus(CensusStatus.PendingReview, 0), status);

        var county = ReviewWorkflow.Apply(7, status, Route, ReviewAction.Approve, Organizer(County), Now);
        Assert.Equal(new ReviewStatus(CensusStatus.PendingReview, 1), county.Status);
        Assert.False(county.IssuesIdentifier);

        var city = ReviewWorkflow.Apply(7, county.Status, Route, ReviewAction.Approve, Organizer(City), Now);
        Assert.Equal(new ReviewStatus(CensusStatus.PendingReview, 2), city.Status);
        Assert.False(city.IssuesIdentifier);

        var province = ReviewWorkflow.Apply(7, city.Status, Route, ReviewAction.Approve, Organizer(Province), Now);
        Assert.Equal(CensusStatus.Approved, province.Status.State);
        Assert.True(province.IssuesIdentifier);
        Assert.Equal(ReviewLevel.Province, province.Entry!.Level);
        Assert.Equal(CensusStatus.PendingReview, province.Entry.FromState);
        Assert.Equal(CensusStatus.Approved, province.Entry.ToState);
    }

    [Fact]
    public void A_level_cannot_skip_its_turn()
    {
        var status = Do(ReviewStatus.New, ReviewAction.Submit, UnitActor);

        var outcome = ReviewWorkflow.Apply(7, status, Route, ReviewAction.Approve, Organizer(Province), Now);

        Assert.False(outcome.Succeeded);
        Assert.Equal(status, outcome.Status);
        Assert.Contains("县级", outcome.Error);
    }

    [Fact]
    public void Reporting_unit_cannot_approve_its_own_record()
    {
        var status = Do(ReviewStatus.New, ReviewAction.Submit, UnitActor);
        var unitAsCounty = new ReviewActor(1, "x", County, IsReportingUnit: true);

        Assert.False(ReviewWorkflow.Apply(7, status, Route, ReviewAction.Approve, unitAsCounty, Now).Succeeded);
    }

    [Fact]
    public void Return_needs_a_reason_and_is_recorded_with_it()
    {
        var status = Do(Do(ReviewStatus.New, ReviewAction.Submit, UnitActor), ReviewAction.Approve, Organizer(County));

        var noReason = ReviewWorkflow.Apply(7, status, Route, ReviewAction.Return, Organizer(City), Now, "  ");
        Assert.False(noReason.Succeeded);
        Assert.Equal("退回时须填写退回原因。", noReason.Error);

        var tooLong = ReviewWorkflow.Apply(7, status, Route, ReviewAction.Return, Organizer(City), Now,
            new string('错', ReviewWorkflow.MaxReasonLength + 1));
        Assert.False(tooLong.Succeeded);

        var returned = ReviewWorkflow.Apply(7, status, Route, ReviewAction.Return, Organizer(City), Now, " ICP备案编号有误 ");
        Assert.True(returned.Succeeded);
        Assert.Equal(new ReviewStatus(CensusStatus.Returned, 1), returned.Status);
        Assert.Equal("ICP备案编号有误", returned.Entry!.Reason);
        Assert.Equal(ReviewLevel.City, returned.Entry.Level);
        Assert.Equal(Now.UtcDateTime, returned.Entry.At);
    }

    [Fact]
    public void Returned_record_is_fixed_and_resubmitted_from_the_bottom()
    {
        var status = Do(Do(ReviewStatus.New, ReviewAction.Submit, UnitActor), ReviewAction.Approve, Organizer(County));
        status = Do(status, ReviewAction.Return, Organizer(City), "手机号码错误");
        Assert.True(ReviewWorkflow.CanEdit(status, Route, UnitActor));

        Assert.False(ReviewWorkflow.Apply(7, status, Route, ReviewAction.Submit, UnitActor, Now).Succeeded);
        status = Do(status, ReviewAction.Resubmit, UnitActor);

        Assert.Equal(new ReviewStatus(CensusStatus.PendingReview, 0), status);
        Assert.False(ReviewWorkflow.CanEdit(status, Route, UnitActor));
        Assert.True(ReviewWorkflow.CanEdit(status, Route, Organizer(County)));
    }

    [Fact]
    public void Resubmit_is_only_for_returned_records()
    {
        var outcome = ReviewWorkflow.Apply(7, ReviewStatus.New, Route, ReviewAction.Resubmit, UnitActor, Now);
        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public void Importing_organizer_may_submit_for_the_unit_but_others_may_not()
    {
        Assert.True(ReviewWorkflow.Apply(7, ReviewStatus.New, Route, ReviewAction.Submit, Organizer(County), Now).Succeeded);
        Assert.False(ReviewWorkflow.Apply(7, ReviewStatus.New, Route, ReviewAction.Submit, Organizer(City), Now).Succeeded);
    }

    [Fact]
    public void Approved_record_is_final()
    {
        var status = new ReviewStatus(CensusStatus.Approved, 2);
        foreach (var action in Enum.GetValues<ReviewAction>())
        {
            Assert.False(ReviewWorkflow.Apply(7, status, Route, action, Organizer(Province), Now, "原因").Succeeded);
        }

        Assert.False(ReviewWorkflow.CanEdit(status, Route, UnitActor));
        Assert.False(ReviewWorkflow.CanEdit(status, Route, Organizer(Province)));
    }

    [Fact]
    public void Ministry_site_is_approved_in_one_step()
    {
        var route = new ReviewRoute([new ReviewStep(5, ReviewLevel.Ministry)]);
        var submitted = ReviewWorkflow.Apply(1, ReviewStatus.New, route, ReviewAction.Submit, UnitActor, Now);
        var approved = ReviewWorkflow.Apply(1, submitted.Status, route, ReviewAction.Approve, Organizer(5), Now);

        Assert.True(approved.IssuesIdentifier);
        Assert.Equal(CensusStatus.Approved, approved.Status.State);
    }

    [Fact]
    public void Route_must_climb_and_end_at_province_or_ministry()
    {
        Assert.Throws<ArgumentException>(() => new ReviewRoute([]));
        Assert.Throws<ArgumentException>(() => new ReviewRoute([new ReviewStep(1, ReviewLevel.City)]));
        Assert.Throws<ArgumentException>(() => new ReviewRoute([
            new ReviewStep(1, ReviewLevel.City), new ReviewStep(2, ReviewLevel.County), new ReviewStep(3, ReviewLevel.Province)]));
    }
}
