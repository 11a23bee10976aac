namespace Pucha.Core.Monitoring;

/// <summary>
/// 首页可用性 over 监测1周: how many visits were made, which failed and why, the failure share,
/// and what it means under the rules — a veto at 5% or more (超过（含）5%), and for the 2015
/// indicators 5 points per full 1% (每1%扣5分).
/// </summary>
public sealed record AvailabilityReport
{
    /// <summary>The veto threshold, exactly: 4.99…% is not a veto, 5% is.</summary>
    public const decimal VetoShare = 0.05m;

    /// <summary>2015: points deducted per full percent of failed visits.</summary>
    public const decimal PointsPerPercent2015 = 5m;

    public required MonitoringWindow Window { get; init; }
    public required int Visits { get; init; }
    public required IReadOnlyList<ProbeFailure> Failures { get; init; }

    /// <summary>UTC days of the window with fewer visits than the rules' 20 (每天间隔性访问20次以上).</summary>
    public required IReadOnlyList<DateOnly> DaysBelowMinimum { get; init; }

    public int FailureCount => Failures.Count;

    /// <summary>Failures ÷ visits as an exact decimal; 0 when there were no visits.</summary>
    public decimal FailureShare => Visits == 0 ? 0m : (decimal)FailureCount / Visits;

    /// <summary>The share in percent (4.9 means 4.9%).</summary>
    public decimal FailurePercent => FailureShare * 100m;

    /// <summary>站点无法访问 单项否决: failures reach 5% of the visits.</summary>
    public bool IsVeto => Visits > 0 && FailureCount * 100L >= Visits * 5L;

    /// <summary>2015 首页可用性 deduction: 5 points per full 1% (2.6% → 10).</summary>
    public decimal Deduction2015 => decimal.Floor(FailurePercent) * PointsPerPercent2015;

    /// <summary>
    /// Computes the report over the visits scheduled inside the window ending at <paramref name="asOfUtc"/>.
    /// A visit is counted once per slot even if the list repeats it.
    /// </summary>
    public static AvailabilityReport Compute(IEnumerable<ProbeVisit> visits, DateTime asOfUtc, TimeSpan? length = null)
    {
        var window = MonitoringWindow.EndingAt(asOfUtc, length ?? MonitoringWindow.AvailabilityLength);
        var seen = new HashSet<ProbeSlot>();
        var failures = new List<ProbeFailure>();
        var perDay = new Dictionary<DateOnly, int>();
        foreach (var visit in visits)
        {
            if (!window.Contains(visit.ScheduledUtc) || !seen.Add(visit.Slot))
                continue;
            var day = DateOnly.FromDateTime(visit.ScheduledUtc);
            perDay[day] = perDay.GetValueOrDefault(day) + 1;
            if (!visit.Ok)
                failures.Add(new ProbeFailure(visit.ScheduledUtc, visit.StartedUtc, visit.StatusCode, visit.Reason ?? "打不开"));
        }

        failures.Sort((a, b) => a.ScheduledUtc.CompareTo(b.ScheduledUtc));
        return new AvailabilityReport
        {
            Window = window,
            Visits = seen.Count,
            Failures = failures,
            DaysBelowMinimum = WholeDays(window).Where(d => perDay.GetValueOrDefault(d) < MonitoringCadence.MinimumProbesPerDay).ToList(),
        };
    }

    // Only days lying wholly inside the window are judged: a partial first or last day cannot hold 20.
    private static IEnumerable<DateOnly> WholeDays(MonitoringWindow window)
    {
        var start = window.StartUtc.TimeOfDay == TimeSpan.Zero ? window.StartUtc : window.StartUtc.Date.AddDays(1);
        for (var day = start; day.AddDays(1) <= window.EndUtc; day = day.AddDays(1))
            yield return DateOnly.FromDateTime(day);
    }
}
