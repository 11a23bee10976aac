using Pucha.Core.Monitoring;

namespace Pucha.Core.Tests.Monitoring;

public sealed class AvailabilityReportTests
{
    // The monitoring point: midnight UTC, so the week is seven whole days, 31 March … 6 April.
    private static readonly DateTime AsOf = new(2026, 4, 7, 0, 0, 0, DateTimeKind.Utc);

    private static List<ProbeVisit> Week(int perDay, int failures)
    {
        var visits = new List<ProbeVisit>();
        var start = AsOf.AddDays(-7);
        var interval = TimeSpan.FromDays(1) / perDay;
        for (var i = 0; i < perDay * 7; i++)
        {
            var at = start + interval * i;
            var ok = i >= failures;
            visits.Add(new ProbeVisit(1, at, at.AddSeconds(1), ok ? 300 : 15_000, ok, ok ? 200 : null, ok ? null : "15秒内未打开"));
        }

        return visits;
    }

    [Fact]
    public void Eight_failures_in_168_visits_is_4_76_percent_no_veto_and_20_points_in_2015()
    {
        var report = AvailabilityReport.Compute(Week(24, 8), AsOf);

        Assert.Equal(168, report.Visits);
        Assert.Equal(8, report.FailureCount);
        Assert.Equal(8m / 168m, report.FailureShare);
        Assert.False(report.IsVeto);
        Assert.Equal(20m, report.Deduction2015);
        Assert.Empty(report.DaysBelowMinimum);
        Assert.Equal(AsOf.AddDays(-7), report.Failures[0].ScheduledUtc);
        Assert.Equal("15秒内未打开", report.Failures[0].Reason);
    }

    [Fact]
    public void Nine_failures_in_168_visits_is_a_veto()
    {
        var report = AvailabilityReport.Compute(Week(24, 9), AsOf);

        Assert.True(report.IsVeto);
        Assert.Equal(25m, report.Deduction2015); // 5.36% → 5 full percent → 25 points
    }

    [Theory]
    [InlineData(1000, 49, false)] // 4.9% is not a veto
    [InlineData(1000, 50, true)]  // exactly 5% is (超过（含）5%)
    [InlineData(200, 10, true)]
    [InlineData(140, 6, false)]   // 4.2857…%
    [InlineData(140, 7, true)]
    public void The_veto_is_exact_at_five_percent(int visits, int failures, bool veto)
    {
        var list = Enumerable.Range(0, visits)
            .Select(i => AsOf.AddDays(-7).AddSeconds(i * 60))
            .Select((at, i) => new ProbeVisit(1, at, at, 10, i >= failures, null, null))
            .ToList();

        var report = AvailabilityReport.Compute(list, AsOf);

        Assert.Equal(visits, report.Visits);
        Assert.Equal(veto, report.IsVeto);
    }

    [Fact]
    public void The_window_starts_a_week_before_the_as_of_point_and_ends_before_it()
    {
        var before = AsOf.AddDays(-7).AddSeconds(-1);
        var first = AsOf.AddDays(-7);
        var last = AsOf.AddSeconds(-1);
        var visits = new[]
        {
            new ProbeVisit(1, before, before, 15_000, false, null, "超时"),
            new ProbeVisit(1, first, first, 200, true, 200, null),
            new ProbeVisit(1, last, last, 15_000, false, 503, "HTTP 503"),
            new ProbeVisit(1, AsOf, AsOf, 15_000, false, null, "超时"),
        };

        var report = AvailabilityReport.Compute(visits, AsOf);

        Assert.Equal(first, report.Window.StartUtc);
        Assert.Equal(AsOf, report.Window.EndUtc);
        Assert.Equal(2, report.Visits);
        Assert.Equal(0.5m, report.FailureShare);
        Assert.Equal(503, Assert.Single(report.Failures).StatusCode);
    }

    [Fact]
    public void A_visit_repeated_in_the_input_is_counted_once()
    {
        var visits = Week(24, 0);
        visits.Add(visits[0] with { Ok = false, Reason = "重复" });

        var report = AvailabilityReport.Compute(visits, AsOf);

        Assert.Equal(168, report.Visits);
        Assert.Equal(0, report.FailureCount);
    }

    [Fact]
    public void Days_with_fewer_than_twenty_visits_are_named_and_no_visits_is_no_veto()
    {
        var visits = Week(24, 0).Where(v => v.ScheduledUtc.Date != new DateTime(2026, 4, 2) || v.ScheduledUtc.Hour < 19).ToList();

        var report = AvailabilityReport.Compute(visits, AsOf);

        Assert.Equal([new DateOnly(2026, 4, 2)], report.DaysBelowMinimum);
        Assert.False(AvailabilityReport.Compute([], AsOf).IsVeto);
        Assert.Equal(7, AvailabilityReport.Compute([], AsOf).DaysBelowMinimum.Count);
    }
}
