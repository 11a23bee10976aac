using Pucha.Core.Monitoring;

namespace Pucha.Core.Tests.Monitoring;

public sealed class LastFreshDateTests
{
    [Theory]
    [InlineData(FreshnessClass.TwoWeeks, "2026-06-17", "2026-07-01")]
    [InlineData(FreshnessClass.SixMonths, "2025-12-01", "2026-06-01")]
    // Month ends clamp: on 2026-02-28 the oldest fresh date is 2025-08-28, on 03-01 it is 09-01.
    [InlineData(FreshnessClass.SixMonths, "2025-08-31", "2026-02-28")]
    [InlineData(FreshnessClass.OneYear, "2025-07-01", "2026-07-01")]
    public void The_last_fresh_day_is_the_last_as_of_date_the_freshness_rule_accepts(FreshnessClass freshness, string newest, string lastFresh)
    {
        var newestDate = DateOnly.Parse(newest, System.Globalization.CultureInfo.InvariantCulture);
        var last = FreshnessClasses.LastFreshDate(freshness, newestDate)!.Value;

        Assert.Equal(DateOnly.Parse(lastFresh, System.Globalization.CultureInfo.InvariantCulture), last);
        // The same boundary as ColumnFreshnessReport: fresh on the last day, stale the day after.
        Assert.True(FreshnessClasses.OldestFreshDate(freshness, last) <= newestDate);
        Assert.True(FreshnessClasses.OldestFreshDate(freshness, last.AddDays(1)) > newestDate);
    }

    [Fact]
    public void A_column_without_an_update_duty_has_no_deadline() =>
        Assert.Null(FreshnessClasses.LastFreshDate(FreshnessClass.None, new DateOnly(2026, 1, 1)));
}
