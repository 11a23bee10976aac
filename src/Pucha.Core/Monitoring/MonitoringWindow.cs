namespace Pucha.Core.Monitoring;

/// <summary>
/// 监测时间点前××: the window ends at the as-of point (exclusive) and starts the given length before it
/// (inclusive): [AsOf − Length, AsOf).
/// </summary>
public readonly record struct MonitoringWindow(DateTime StartUtc, DateTime EndUtc)
{
    /// <summary>监测1周 (站点无法访问).</summary>
    public static readonly TimeSpan AvailabilityLength = TimeSpan.FromDays(7);

    /// <summary>监测2周 (首页不更新).</summary>
    public static readonly TimeSpan HomepageUpdateLength = TimeSpan.FromDays(14);

    public static MonitoringWindow EndingAt(DateTime asOfUtc, TimeSpan length)
    {
        if (asOfUtc.Kind != DateTimeKind.Utc)
            throw new ArgumentException("监测时间点必须是 UTC。", nameof(asOfUtc));
        if (length <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(length), length, "监测时长必须为正。");
        return new MonitoringWindow(asOfUtc - length, asOfUtc);
    }

    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;
}
