namespace Pucha.Core.Monitoring;

/// <summary>
/// The probes run as a fixed number of shard jobs instead of one timer per site: site s belongs to
/// shard s mod S, and each shard fires once a period. A firing scheduled at F runs the slots of its
/// sites in [F + lead, F + lead + period): it starts <see cref="LeadSeconds"/> early, so the slots at
/// the very start of its window are not late by the time it takes to read the shard's sites. The
/// shards' firings are staggered over the period (shard i at i · period / S), so the scheduler's work
/// and the database reads are spread evenly instead of arriving all at once.
/// </summary>
public static class ProbeShardSchedule
{
    /// <summary>How long before its window a shard's firing is scheduled.</summary>
    public const int LeadSeconds = 5;

    public const int MinimumShards = 1;
    public const int MaximumShards = 1024;
    public const int MinimumPeriodSeconds = 10;
    public const int MaximumPeriodSeconds = 3600;

    /// <summary>The shard a site belongs to.</summary>
    public static int ShardOf(int siteId, int shards) => (int)((uint)siteId % (uint)shards);

    /// <summary>The shard's stagger inside the period, in whole seconds: [0, period).</summary>
    public static int StaggerSeconds(int shard, int shards, int periodSeconds) => (int)((long)shard * periodSeconds / shards);

    /// <summary>The shard's first firing at or after <paramref name="nowUtc"/> (whole seconds, on the shard's grid).</summary>
    public static DateTime NextFireUtc(int shard, int shards, int periodSeconds, DateTime nowUtc)
    {
        RequireUtc(nowUtc);
        var seconds = (nowUtc.Ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;
        var stagger = StaggerSeconds(shard, shards, periodSeconds);
        var into = ((seconds - stagger) % periodSeconds + periodSeconds) % periodSeconds;
        var next = into == 0 ? seconds : seconds + periodSeconds - into;
        return new DateTime(next * TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }

    /// <summary>The slots' window [start, end) run by the firing scheduled at <paramref name="fireUtc"/>.</summary>
    public static (DateTime StartUtc, DateTime EndUtc) WindowOf(DateTime fireUtc, int periodSeconds)
    {
        RequireUtc(fireUtc);
        var start = fireUtc.AddSeconds(LeadSeconds);
        return (start, start.AddSeconds(periodSeconds));
    }

    /// <summary>Throws with a Chinese message when the shard count or the period is out of range.</summary>
    public static void Validate(int shards, int periodSeconds)
    {
        if (shards is < MinimumShards or > MaximumShards)
            throw new ArgumentOutOfRangeException(nameof(shards), shards, $"探测分片数应在 {MinimumShards} 至 {MaximumShards} 之间。");
        if (periodSeconds is < MinimumPeriodSeconds or > MaximumPeriodSeconds)
            throw new ArgumentOutOfRangeException(nameof(periodSeconds), periodSeconds, $"分片周期应在 {MinimumPeriodSeconds} 至 {MaximumPeriodSeconds} 秒之间。");
    }

    private static void RequireUtc(DateTime time)
    {
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException("时间必须是 UTC。", nameof(time));
    }
}
