namespace Pucha.Core.Monitoring;

/// <summary>
/// Plans the homepage visits of a site: N a day at a fixed interval, shifted by an offset derived
/// from the site id. The offset spreads tens of thousands of sites evenly over the interval, so the
/// platform's load is flat through the day, and it never changes, so every worker plans the same
/// slots and a re-planned slot is the same slot (its <see cref="ProbeSlot.Key"/> is the idempotency key).
/// </summary>
public static class ProbeSchedule
{
    /// <summary>The site's offset in seconds inside each interval: [0, interval).</summary>
    public static int OffsetSeconds(int siteId, int probesPerDay)
    {
        var interval = IntervalSeconds(probesPerDay);
        return (int)(Mix((uint)siteId) % (uint)interval);
    }

    /// <summary>The slots of one UTC day, in time order.</summary>
    public static IReadOnlyList<ProbeSlot> SlotsOfDay(int siteId, DateOnly dayUtc, int probesPerDay)
    {
        var interval = IntervalSeconds(probesPerDay);
        var first = dayUtc.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(OffsetSeconds(siteId, probesPerDay));
        var slots = new ProbeSlot[probesPerDay];
        for (var i = 0; i < probesPerDay; i++)
            slots[i] = new ProbeSlot(siteId, first.AddSeconds((long)i * interval));
        return slots;
    }

    /// <summary>The slots due in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), in time order.</summary>
    public static IEnumerable<ProbeSlot> SlotsBetween(int siteId, DateTime fromUtc, DateTime toUtc, int probesPerDay)
    {
        RequireUtc(fromUtc, nameof(fromUtc));
        RequireUtc(toUtc, nameof(toUtc));
        for (var day = DateOnly.FromDateTime(fromUtc); day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) < toUtc; day = day.AddDays(1))
        {
            foreach (var slot in SlotsOfDay(siteId, day, probesPerDay))
            {
                if (slot.ScheduledUtc >= fromUtc && slot.ScheduledUtc < toUtc)
                    yield return slot;
            }
        }
    }

    /// <summary>The first slot at or after <paramref name="fromUtc"/>.</summary>
    public static ProbeSlot NextSlot(int siteId, DateTime fromUtc, int probesPerDay) =>
        SlotsBetween(siteId, fromUtc, fromUtc.AddDays(2), probesPerDay).First();

    /// <summary>
    /// The first slot at or after <paramref name="fromUtc"/>, by arithmetic and without allocating:
    /// when N divides 86 400 a site's slots of every day form one progression (offset + k · interval),
    /// so no day needs to be listed. The shard jobs call this for every site of every period.
    /// </summary>
    public static DateTime FirstSlotAtOrAfter(int siteId, DateTime fromUtc, int probesPerDay)
    {
        RequireUtc(fromUtc, nameof(fromUtc));
        var interval = IntervalSeconds(probesPerDay);
        if (86_400 % probesPerDay != 0)
            throw new ArgumentOutOfRangeException(nameof(probesPerDay), probesPerDay, "每日访问次数应能整除86400秒。");
        var intervalTicks = interval * TimeSpan.TicksPerSecond;
        var dayStart = fromUtc.Ticks - fromUtc.Ticks % TimeSpan.TicksPerDay;
        var first = dayStart + OffsetSeconds(siteId, probesPerDay) * TimeSpan.TicksPerSecond;
        if (fromUtc.Ticks <= first)
            return new DateTime(first, DateTimeKind.Utc);
        var steps = (fromUtc.Ticks - first + intervalTicks - 1) / intervalTicks;
        return new DateTime(first + steps * intervalTicks, DateTimeKind.Utc);
    }

    private static int IntervalSeconds(int probesPerDay)
    {
        if (probesPerDay < 1 || probesPerDay > MonitoringCadence.MaximumProbesPerDay)
            throw new ArgumentOutOfRangeException(nameof(probesPerDay), probesPerDay, "每日访问次数超出范围。");
        return 86_400 / probesPerDay;
    }

    private static void RequireUtc(DateTime time, string name)
    {
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException("时间必须是 UTC。", name);
    }

    // A fixed integer mix (murmur3's finaliser): string.GetHashCode is randomised per process and
    // would give every worker a different plan; consecutive site ids land far apart.
    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x85EBCA6B;
        x ^= x >> 13;
        x *= 0xC2B2AE35;
        x ^= x >> 16;
        return x;
    }
}
