namespace Pucha.Core.Monitoring;

/// <summary>
/// How often a registered site is watched. The defaults follow the indicator rules (渝府办发〔2015〕52号 附件2,
/// 国办秘函〔2019〕19号): at least 20 homepage visits a day (监测1周，每天间隔性访问20次以上), spread through the day.
/// </summary>
public sealed record MonitoringCadence
{
    /// <summary>The rules' floor of visits per day.</summary>
    public const int MinimumProbesPerDay = 20;

    /// <summary>One probe a second is the ceiling (slot times are whole seconds).</summary>
    public const int MaximumProbesPerDay = 86_400;

    /// <summary>Homepage visits a day; 24 leaves head-room above the floor of 20 for lost visits.</summary>
    public int ProbesPerDay { get; init; } = 24;

    /// <summary>How often the homepage's dated items are recorded (首页更新 over 2 weeks).</summary>
    public TimeSpan HomepageSnapshotInterval { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How often each column's newest item is checked (栏目更新).</summary>
    public TimeSpan ColumnCheckInterval { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How often the full inspection (links, labels, footer …) runs.</summary>
    public TimeSpan FullInspectionInterval { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Seconds between two probes of one site.</summary>
    public int ProbeIntervalSeconds => 86_400 / ProbesPerDay;

    /// <summary>Throws with a Chinese message naming the first value out of range.</summary>
    public MonitoringCadence Validate(bool allowBelowRuleMinimum = false)
    {
        var floor = allowBelowRuleMinimum ? 1 : MinimumProbesPerDay;
        if (ProbesPerDay < floor || ProbesPerDay > MaximumProbesPerDay)
            throw new ArgumentOutOfRangeException(nameof(ProbesPerDay), ProbesPerDay, $"每日访问次数应在 {floor} 至 {MaximumProbesPerDay} 之间。");
        // A repeating trigger then lands on the same slots every day (see ProbeSchedule).
        if (86_400 % ProbesPerDay != 0)
            throw new ArgumentOutOfRangeException(nameof(ProbesPerDay), ProbesPerDay, "每日访问次数应能整除86400秒（如20、24、30、48）。");
        if (HomepageSnapshotInterval < TimeSpan.FromMinutes(1))
            throw new ArgumentOutOfRangeException(nameof(HomepageSnapshotInterval), HomepageSnapshotInterval, "首页快照间隔不能小于1分钟。");
        if (ColumnCheckInterval < TimeSpan.FromMinutes(1))
            throw new ArgumentOutOfRangeException(nameof(ColumnCheckInterval), ColumnCheckInterval, "栏目检查间隔不能小于1分钟。");
        if (FullInspectionInterval < TimeSpan.FromMinutes(1))
            throw new ArgumentOutOfRangeException(nameof(FullInspectionInterval), FullInspectionInterval, "全面检查间隔不能小于1分钟。");
        return this;
    }
}
