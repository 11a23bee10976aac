using Pucha.Core.Monitoring;

namespace Pucha.Core.Tests.Monitoring;

public sealed class ProbeScheduleTests
{
    private static readonly DateOnly Day = new(2026, 4, 1);

    [Fact]
    public void A_day_has_the_requested_probes_one_interval_apart_inside_the_day()
    {
        var slots = ProbeSchedule.SlotsOfDay(17, Day, 24);

        Assert.Equal(24, slots.Count);
        var offset = ProbeSchedule.OffsetSeconds(17, 24);
        Assert.InRange(offset, 0, 3599);
        Assert.Equal(new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(offset), slots[0].ScheduledUtc);
        for (var i = 1; i < slots.Count; i++)
            Assert.Equal(TimeSpan.FromHours(1), slots[i].ScheduledUtc - slots[i - 1].ScheduledUtc);
        Assert.All(slots, s => Assert.Equal(DateOnly.FromDateTime(s.ScheduledUtc), Day));
        Assert.All(slots, s => Assert.Equal(17, s.SiteId));
    }

    [Fact]
    public void The_plan_is_the_same_every_time_and_every_day_at_the_same_times()
    {
        var first = ProbeSchedule.SlotsOfDay(4242, Day, 20);
        var again = ProbeSchedule.SlotsOfDay(4242, Day, 20);
        var nextDay = ProbeSchedule.SlotsOfDay(4242, Day.AddDays(1), 20);

        Assert.Equal(first, again);
        Assert.Equal(first.Select(s => s.ScheduledUtc.TimeOfDay), nextDay.Select(s => s.ScheduledUtc.TimeOfDay));
        Assert.Equal(4320, (int)(first[1].ScheduledUtc - first[0].ScheduledUtc).TotalSeconds);
    }

    [Fact]
    public void Sites_are_spread_evenly_over_the_interval()
    {
        // 10 000 sites, 24 probes a day: each quarter of the hour should hold about a quarter of the sites.
        var quarters = new int[4];
        for (var site = 1; site <= 10_000; site++)
            quarters[ProbeSchedule.OffsetSeconds(site, 24) / 900]++;

        Assert.All(quarters, count => Assert.InRange(count, 2300, 2700));
        Assert.NotEqual(ProbeSchedule.OffsetSeconds(1, 24), ProbeSchedule.OffsetSeconds(2, 24));
    }

    [Fact]
    public void Slots_between_two_times_cross_midnight_and_exclude_the_end()
    {
        var from = new DateTime(2026, 4, 1, 12, 0, 0, DateTimeKind.Utc);
        var slots = ProbeSchedule.SlotsBetween(9, from, from.AddDays(1), 24).ToList();

        Assert.Equal(24, slots.Count);
        Assert.All(slots, s => Assert.InRange(s.ScheduledUtc, from, from.AddDays(1).AddTicks(-1)));
        Assert.Equal(slots.OrderBy(s => s.ScheduledUtc), slots);
        Assert.Equal(slots[0], ProbeSchedule.NextSlot(9, from, 24));
        Assert.Equal(slots[1], ProbeSchedule.NextSlot(9, slots[0].ScheduledUtc.AddSeconds(1), 24));
    }

    [Fact]
    public void A_slot_key_round_trips_and_rejects_other_text()
    {
        var slot = new ProbeSlot(17, new DateTime(2026, 4, 1, 1, 35, 12, DateTimeKind.Utc));

        Assert.Equal("17@20260401T013512Z", slot.Key);
        Assert.True(ProbeSlot.TryParseKey(slot.Key, out var parsed));
        Assert.Equal(slot, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.ScheduledUtc.Kind);
        Assert.False(ProbeSlot.TryParseKey("17@yesterday", out _));
        Assert.False(ProbeSlot.TryParseKey("-1@20260401T013512Z", out _));
        Assert.False(ProbeSlot.TryParseKey(null, out _));
    }

    [Fact]
    public void The_cadence_refuses_fewer_than_twenty_probes_a_day_unless_asked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringCadence { ProbesPerDay = 19 }.Validate());
        Assert.Equal(2, new MonitoringCadence { ProbesPerDay = 2 }.Validate(allowBelowRuleMinimum: true).ProbesPerDay);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringCadence { ProbesPerDay = 86_401 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringCadence { ProbesPerDay = 21 }.Validate());
        Assert.Equal(3600, new MonitoringCadence().Validate().ProbeIntervalSeconds);
    }
}
