using Pucha.Core.Monitoring;

namespace Pucha.Core.Tests.Monitoring;

public sealed class HomepageUpdateReportTests
{
    // 15 April 2026 00:00 Beijing time; the 2-week window covers Beijing days 1 … 14 April.
    private static readonly DateTime AsOf = new(2026, 4, 14, 16, 0, 0, DateTimeKind.Utc);

    private static HomepageItem Item(string url, int? day, DateTime? seen = null) =>
        new(url, "标题" + url, day is { } d ? new DateOnly(2026, 4, d) : null, seen ?? AsOf.AddDays(-1));

    [Fact]
    public void Dated_items_of_the_window_are_counted_per_day_once_each()
    {
        var items = new[]
        {
            Item("/a", 2), Item("/b", 2), Item("/c", 9),
            Item("/a", 2, AsOf.AddDays(-2)),   // the same item in another snapshot
            Item("/old", 31 - 30),              // 1 April: first day of the window
            new HomepageItem("/older", "旧", new DateOnly(2026, 3, 31), AsOf.AddDays(-14)),
            Item("/nodate", null),
            Item("/later", 14, AsOf),           // seen at the as-of point: after the window
        };

        var report = HomepageUpdateReport.Compute(items, AsOf);

        Assert.Equal([(new DateOnly(2026, 4, 1), 1), (new DateOnly(2026, 4, 2), 2), (new DateOnly(2026, 4, 9), 1)], report.PerDay);
        Assert.Equal(4, report.Total);
        Assert.Equal(1, report.UndatedItems);
        Assert.False(report.IsVeto);
        Assert.Equal(5m, report.Deduction2015);
    }

    [Fact]
    public void Only_undated_or_old_items_is_a_veto()
    {
        var report = HomepageUpdateReport.Compute([Item("/nodate", null), new HomepageItem("/x", "x", new DateOnly(2025, 1, 1), AsOf.AddDays(-3))], AsOf);

        Assert.Equal(0, report.Total);
        Assert.True(report.IsVeto);
    }

    [Fact]
    public void Ten_items_cost_nothing_in_2015()
    {
        var report = HomepageUpdateReport.Compute(Enumerable.Range(1, 10).Select(i => Item("/n" + i, i)), AsOf);

        Assert.Equal(10, report.Total);
        Assert.Equal(0m, report.Deduction2015);
    }
}
