using Pucha.Core.Monitoring;

namespace Pucha.Core.Tests.Monitoring;

public sealed class EffectiveCadenceTests
{
    private static readonly EffectiveCadence Global = new(24, 4, 1);

    [Fact]
    public void Site_beats_campaign_beats_global_each_count_on_its_own()
    {
        CampaignCadence[] running = [new(1, "/1/", new CadenceSettings(30, null, 2))];

        Assert.Equal(new EffectiveCadence(30, 4, 2), EffectiveCadence.Resolve(null, "/1/5/9/", running, Global));
        Assert.Equal(new EffectiveCadence(48, 4, 2), EffectiveCadence.Resolve(new CadenceSettings(48, null, null), "/1/5/9/", running, Global));
        Assert.Equal(Global, EffectiveCadence.Resolve(null, "/2/7/", running, Global)); // outside the campaign's subtree
    }

    [Fact]
    public void The_nearest_organizer_wins_then_the_newest_campaign()
    {
        CampaignCadence[] running =
        [
            new(1, "/1/", new CadenceSettings(30, 6, null)),
            new(2, "/1/5/", new CadenceSettings(48, null, null)),
            new(3, "/1/5/", new CadenceSettings(60, null, null)),
        ];

        Assert.Equal(new EffectiveCadence(60, 6, 1), EffectiveCadence.Resolve(null, "/1/5/9/", running, Global));
        Assert.Equal(new EffectiveCadence(30, 6, 1), EffectiveCadence.Resolve(null, "/1/6/", running, Global));
    }

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    [InlineData(288, true)]
    [InlineData(289, false)]
    [InlineData(576, false)]
    public void Probes_a_day_follow_the_rules_floor_and_divide_the_day(int probes, bool valid)
    {
        var errors = new CadenceSettings(probes, null, null).Validate();
        Assert.Equal(valid, errors.IsValid);
        if (!valid)
            Assert.NotNull(errors[nameof(CadenceSettings.ProbesPerDay)]);
    }

    [Fact]
    public void Snapshot_and_column_counts_are_between_one_and_24_dividing_the_day()
    {
        Assert.True(new CadenceSettings(null, 24, 1).Validate().IsValid);
        Assert.NotNull(new CadenceSettings(null, 0, null).Validate()[nameof(CadenceSettings.SnapshotsPerDay)]);
        Assert.NotNull(new CadenceSettings(null, 7, null).Validate()[nameof(CadenceSettings.SnapshotsPerDay)]);
        Assert.NotNull(new CadenceSettings(null, null, 25).Validate()[nameof(CadenceSettings.ColumnChecksPerDay)]);
        Assert.True(CadenceSettings.Inherit.Validate().IsValid);
    }
}
