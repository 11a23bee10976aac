using Pucha.Core.Monitoring;

namespace Pucha.Core.Tests.Monitoring;

public sealed class ProbeShardScheduleTests
{
    private static readonly DateTime Noon = new(2026, 4, 1, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(24)]
    [InlineData(20)]
    [InlineData(288)]
    [InlineData(43_200)]
    public void The_first_slot_by_arithmetic_is_the_first_listed_slot(int probesPerDay)
    {
        for (var site = 1; site <= 300; site += 7)
        {
            foreach (var from in new[] { Noon, Noon.AddSeconds(1), Noon.AddMilliseconds(1500), Noon.Date.AddDays(1).AddTicks(-1), Noon.Date })
                Assert.Equal(ProbeSchedule.NextSlot(site, from, probesPerDay).ScheduledUtc, ProbeSchedule.FirstSlotAtOrAfter(site, from, probesPerDay));
        }
    }

    [Fact]
    public void A_slot_exactly_at_the_start_is_its_own_first_slot()
    {
        var slot = ProbeSchedule.SlotsOfDay(17, DateOnly.FromDateTime(Noon), 24)[5].ScheduledUtc;
        Assert.Equal(slot, ProbeSchedule.FirstSlotAtOrAfter(17, slot, 24));
        Assert.Equal(slot.AddHours(1), ProbeSchedule.FirstSlotAtOrAfter(17, slot.AddTicks(1), 24));
    }

    [Fact]
    public void Every_site_belongs_to_exactly_one_shard()
    {
        var counts = new int[64];
        for (var site = 1; site <= 64_000; site++)
            counts[ProbeShardSchedule.ShardOf(site, 64)]++;
        Assert.All(counts, c => Assert.Equal(1000, c));
    }

    [Fact]
    public void Shards_fire_on_their_own_staggered_grid_and_windows_tile_time()
    {
        const int shards = 4, period = 60;
        var fires = Enumerable.Range(0, shards).Select(s => ProbeShardSchedule.NextFireUtc(s, shards, period, Noon.AddMilliseconds(200))).ToList();

        Assert.Equal([Noon.AddSeconds(60), Noon.AddSeconds(15), Noon.AddSeconds(30), Noon.AddSeconds(45)], fires);
        Assert.Equal(Noon, ProbeShardSchedule.NextFireUtc(0, shards, period, Noon)); // on the grid: now
        var (start, end) = ProbeShardSchedule.WindowOf(Noon, period);
        Assert.Equal(Noon.AddSeconds(ProbeShardSchedule.LeadSeconds), start);
        Assert.Equal(start.AddSeconds(period), end);
        Assert.Equal(end, ProbeShardSchedule.WindowOf(Noon.AddSeconds(period), period).StartUtc); // consecutive firings: no gap, no overlap
    }

    [Fact]
    public void Out_of_range_layouts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbeShardSchedule.Validate(0, 60));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbeShardSchedule.Validate(64, 5));
        ProbeShardSchedule.Validate(64, 60);
    }
}
