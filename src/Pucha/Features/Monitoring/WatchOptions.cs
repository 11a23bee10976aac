using Pucha.Hosting;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Homepage snapshots and column checks, read from the same "Monitoring" section as the probes
/// (e.g. <c>Monitoring__SnapshotsPerDay=4</c>). Like the probes, each site's runs sit on fixed
/// slots shifted by its id (<see cref="Core.Monitoring.ProbeSchedule"/>), so the load is spread
/// through the day and a run is identified by its slot.
/// </summary>
public sealed class WatchOptions
{
    /// <summary>Homepage snapshots a day per site (4 = every 6 h); must divide 86 400 s.</summary>
    public int SnapshotsPerDay { get; set; } = 4;

    /// <summary>Checks a day of each registered column (1 = daily); must divide 86 400 s.</summary>
    public int ColumnChecksPerDay { get; set; } = 1;

    /// <summary>How often the due snapshots and column checks are looked for.</summary>
    public int WatchSweepSeconds { get; set; } = 60;

    /// <summary>Snapshots (or column sites) taken in one sweep at most; the rest wait for the next sweep.</summary>
    public int MaxSitesPerSweep { get; set; } = 200;

    /// <summary>Pages fetched at the same time by one sweep.</summary>
    public int MaxConcurrentWatchFetches { get; set; } = 4;

    /// <summary>A column's list pages read at most (下一页, script pagers), merged into one list.</summary>
    public int MaxListPagesPerColumn { get; set; } = 3;

    /// <summary>
    /// Second-level pages a snapshot reads at most when the homepage is only a navigation portal
    /// (首页仅为网站栏目导航入口: updates are judged over the pages it leads to).
    /// </summary>
    public int MaxSecondLevelPages { get; set; } = 30;

    /// <summary>Time limit of one snapshot or list page (redirects and body).</summary>
    public int WatchFetchTimeoutSeconds { get; set; } = 30;

    /// <summary>Days of snapshot rows kept (the sightings they found are kept for good).</summary>
    public int SnapshotRetentionDays { get; set; } = 35;

    /// <summary>Days of column-check rows kept; each column's newest is always kept.</summary>
    public int ColumnCheckRetentionDays { get; set; } = 35;

    /// <summary>Throws with a clear message when a value is out of range.</summary>
    public WatchOptions Validate()
    {
        RequireDivisor(SnapshotsPerDay, nameof(SnapshotsPerDay), "每日首页快照次数");
        RequireDivisor(ColumnChecksPerDay, nameof(ColumnChecksPerDay), "每日栏目检查次数");
        OptionRules.Require(WatchSweepSeconds, 1, 3600, nameof(WatchSweepSeconds), "快照与栏目检查的扫描间隔（秒）");
        OptionRules.Require(MaxSitesPerSweep, 1, 100_000, nameof(MaxSitesPerSweep), "每次扫描处理的网站数");
        OptionRules.Require(MaxConcurrentWatchFetches, 1, 64, nameof(MaxConcurrentWatchFetches), "快照并发数");
        OptionRules.Require(MaxListPagesPerColumn, 1, 20, nameof(MaxListPagesPerColumn), "每个栏目读取的列表页数");
        OptionRules.Require(MaxSecondLevelPages, 1, 200, nameof(MaxSecondLevelPages), "导航型首页每次快照读取的二级页面数");
        OptionRules.Require(WatchFetchTimeoutSeconds, 1, 120, nameof(WatchFetchTimeoutSeconds), "快照超时（秒）");
        OptionRules.Require(SnapshotRetentionDays, 15, 3650, nameof(SnapshotRetentionDays), "首页快照保留天数（首页更新监测窗口为2周）");
        OptionRules.Require(ColumnCheckRetentionDays, 1, 3650, nameof(ColumnCheckRetentionDays), "栏目检查记录保留天数");
        return this;
    }

    private static void RequireDivisor(int perDay, string name, string label)
    {
        if (perDay is < 1 or > 86_400 || 86_400 % perDay != 0)
            throw new ArgumentOutOfRangeException(name, perDay, $"{label}应在1至86400之间并能整除86400秒（如1、4、24）。");
    }
}
