using Pucha.Core.Indicators;
using Pucha.Core.Scoring;

namespace Pucha.Core.Tests.Scoring;

/// <summary>Properties that hold for any input, checked over seeded random cases (the seed is in every failure message).</summary>
public class ScoringPropertyTests
{
    private const int Cases = 300;
    private static readonly DateOnly AsOf = new(2019, 6, 30);

    public static TheoryData<string> SetIds => new(BuiltInIndicatorSets.Ids);

    /// <summary>Higher is worse: a veto is worst; then the lower the total (2019) or the more deducted (2015).</summary>
    private static (int Vetoed, decimal Loss) Badness(ScoreSheet sheet) =>
        sheet.Vetoes.Count > 0 ? (1, 0) : (0, sheet.Total is { } total ? -total : sheet.Deducted ?? 0);

    [Theory]
    [MemberData(nameof(SetIds))]
    public void Adding_a_finding_never_raises_a_score(string setId)
    {
        var set = BuiltInIndicatorSets.Get(setId);
        for (var seed = 1UL; seed <= Cases; seed++)
        {
            var r = new SeededRandom(seed);
            var observations = RandomInputs.Observations(r, AsOf, 40);
            var manual = RandomInputs.ManualEntries(r, set);
            var profile = RandomInputs.Profile(r);
            var before = Scorer.Score(set, observations, manual, AsOf, profile);
            var after = Scorer.Score(set, [.. observations, RandomInputs.Observation(r, AsOf)], manual, AsOf, profile);
            var (b, a) = (Badness(before), Badness(after));
            Assert.True(a.Vetoed > b.Vetoed || (a.Vetoed == b.Vetoed && a.Loss >= b.Loss),
                $"seed {seed}: {before.Total ?? before.Deducted} → {after.Total ?? after.Deducted}");
        }
    }

    [Theory]
    [MemberData(nameof(SetIds))]
    public void No_indicator_loses_or_gains_more_than_its_points(string setId)
    {
        var set = BuiltInIndicatorSets.Get(setId);
        for (var seed = 1UL; seed <= Cases; seed++)
        {
            var r = new SeededRandom(seed);
            var sheet = Scorer.Score(set, RandomInputs.Observations(r, AsOf, 80), RandomInputs.ManualEntries(r, set), AsOf, RandomInputs.Profile(r));
            foreach (var item in sheet.Items)
            {
                Assert.True(item.Deducted >= 0 && item.Awarded >= 0, $"seed {seed}: {item.Id}");
                if (item.Points is { } points)
                    Assert.True(item.Deducted <= points && item.Awarded <= points, $"seed {seed}: {item.Id} {item.Deducted}/{item.Awarded} > {points}");
                if (item.Status is IndicatorStatus.Skipped or IndicatorStatus.NotScored)
                    Assert.True(item.Deducted == 0 && item.Awarded == 0, $"seed {seed}: {item.Id}");
            }
            if (sheet.DeductionPart is { } part)
                Assert.InRange(part, 0m, set.Scoring.DeductionPoints!.Value);
        }
    }

    [Theory]
    [InlineData(BuiltInIndicatorSets.Website2019)]
    [InlineData(BuiltInIndicatorSets.Supervision2019)]
    public void Bonus_is_never_counted_at_or_below_80(string setId)
    {
        var set = BuiltInIndicatorSets.Get(setId);
        var bonusReached = 0;
        for (var seed = 1UL; seed <= Cases; seed++)
        {
            var r = new SeededRandom(seed);
            // Few observations and generous awards so both sides of 80 are reached.
            var manual = RandomInputs.ManualEntries(r, set);
            var sheet = Scorer.Score(set, RandomInputs.Observations(r, AsOf, 6), manual, AsOf, RandomInputs.Profile(r));
            if (sheet.DeductionPart is not { } part) continue;
            if (part <= 80)
            {
                Assert.Null(sheet.Bonus);
                Assert.Equal(part, sheet.Total);
                Assert.All(sheet.Items.Where(i => i.Part == IndicatorPart.Bonus),
                    i => Assert.True(i.Status is IndicatorStatus.NotScored or IndicatorStatus.Skipped, $"seed {seed}: {i.Id}"));
            }
            else
            {
                bonusReached++;
                Assert.Equal(part + sheet.Bonus!.Value, sheet.Total);
                Assert.InRange(sheet.Bonus.Value, 0m, set.Scoring.BonusPoints);
            }
            Assert.Equal(part >= 60, sheet.Qualified);
        }
        Assert.True(bonusReached > 0, "no random case reached the bonus part; the property was not exercised");
    }
}
