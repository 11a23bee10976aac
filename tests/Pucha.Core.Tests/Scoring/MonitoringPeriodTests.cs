using Pucha.Core.Indicators;

namespace Pucha.Core.Tests.Scoring;

/// <summary>监测时间点前××内: from the monitoring date back ××, to the monitoring date (渝府办发〔2015〕52号 附件2 注).</summary>
public class MonitoringPeriodTests
{
    [Fact]
    public void The_seeds_example_two_months_before_1_March_is_1_January_to_1_March()
    {
        var window = new MonitoringPeriod(2, PeriodUnit.Month).Before(new DateOnly(2015, 3, 1));
        Assert.Equal(new DateRange(new DateOnly(2015, 1, 1), new DateOnly(2015, 3, 1)), window);
        Assert.True(window.Contains(new DateOnly(2015, 1, 1)));
        Assert.True(window.Contains(new DateOnly(2015, 3, 1)));
        Assert.False(window.Contains(new DateOnly(2014, 12, 31)));
        Assert.False(window.Contains(new DateOnly(2015, 3, 2)));
    }

    [Theory]
    [InlineData(2, PeriodUnit.Week, "2015-03-01", "2015-02-15")]
    [InlineData(6, PeriodUnit.Month, "2015-03-01", "2014-09-01")]
    [InlineData(1, PeriodUnit.Year, "2016-02-29", "2015-02-28")]
    [InlineData(1, PeriodUnit.Month, "2024-03-31", "2024-02-29")]
    [InlineData(3, PeriodUnit.Day, "2019-01-02", "2018-12-30")]
    public void Periods_count_back_from_the_monitoring_date(int amount, PeriodUnit unit, string asOf, string start)
    {
        var window = new MonitoringPeriod(amount, unit).Before(DateOnly.Parse(asOf));
        Assert.Equal(DateOnly.Parse(start), window.Start);
        Assert.Equal(DateOnly.Parse(asOf), window.End);
    }

    [Fact]
    public void A_negative_period_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringPeriod(-1, PeriodUnit.Day).Before(new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void Periods_print_as_the_tables_write_them()
    {
        Assert.Equal("2周", new MonitoringPeriod(2, PeriodUnit.Week).ToString());
        Assert.Equal("6个月", new MonitoringPeriod(6, PeriodUnit.Month).ToString());
    }
}
