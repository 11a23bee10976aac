using Pucha.Core.Indicators;
using Pucha.Inspection.Findings;

namespace Pucha.Tests.Scoring;

/// <summary>The engine's checks and the indicator sets agree: nothing the engine finds is silently dropped.</summary>
public class CheckIdCoverageTests
{
    [Fact]
    public void Every_engine_check_feeds_an_indicator_or_is_declared_unscored_with_a_reason()
    {
        var sets = BuiltInIndicatorSets.All.ToList();
        var fed = sets.SelectMany(s => s.FedChecks).ToHashSet();
        var declared = sets.SelectMany(s => s.UnscoredChecks).Where(u => u.Reason.Length > 0).Select(u => u.Check).ToHashSet();

        var unmapped = CheckIds.All.Where(id => !fed.Contains(id)).ToList();
        Assert.All(unmapped, id => Assert.Contains(id, declared));
        // The one check no official table scores: the 2019 indicators have no HTTPS item
        // (see docs/indicator-sets.md). A new engine check must be mapped or added here on purpose.
        Assert.Equal(["https"], unmapped);
    }

    [Fact]
    public void Sets_name_only_checks_the_engine_has()
    {
        var known = CheckIds.All.ToHashSet();
        foreach (var set in BuiltInIndicatorSets.All)
        {
            Assert.All(set.FedChecks, id => Assert.True(known.Contains(id), $"{set.Id} feeds unknown check {id}"));
            Assert.All(set.UnscoredChecks, u => Assert.True(known.Contains(u.Check), $"{set.Id} declares unknown check {u.Check}"));
        }
    }

    [Fact]
    public void The_website_and_census_sets_account_for_every_check()
    {
        foreach (var id in new[] { BuiltInIndicatorSets.Census2015, BuiltInIndicatorSets.Website2019 })
        {
            var set = BuiltInIndicatorSets.Get(id);
            var accounted = set.FedChecks.Concat(set.UnscoredChecks.Select(u => u.Check)).ToHashSet();
            Assert.All(CheckIds.All, check => Assert.True(accounted.Contains(check), $"{id} neither scores nor declares {check}"));
        }
    }
}
