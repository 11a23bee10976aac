using Pucha.Core.Alerts;

namespace Pucha.Core.Tests.Alerts;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0));

    // Beijing = UTC+8: 22:00 Beijing is 14:00 UTC.
    [Theory]
    [InlineData(13, 59, false)]
    [InlineData(14, 0, true)]
    [InlineData(18, 0, true)] // 02:00 Beijing
    [InlineData(22, 59, true)] // 06:59 Beijing
    [InlineData(23, 0, false)] // 07:00 Beijing: the end is outside
    public void An_overnight_period_spans_midnight_Beijing_time(int utcHour, int minute, bool quiet) =>
        Assert.Equal(quiet, Night.Contains(new DateTime(2026, 6, 30, utcHour, minute, 0, DateTimeKind.Utc)));

    [Fact]
    public void A_non_urgent_alert_in_quiet_hours_waits_for_their_end_and_an_urgent_one_does_not()
    {
        var beforeMidnight = new DateTime(2026, 6, 30, 15, 30, 0, DateTimeKind.Utc); // 23:30 Beijing
        var afterMidnight = new DateTime(2026, 6, 30, 17, 30, 0, DateTimeKind.Utc); // 01:30 Beijing, 07-01
        var end = new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc); // 07:00 Beijing, 07-01

        Assert.Equal(end, Night.DeliveryTime(beforeMidnight, urgent: false));
        Assert.Equal(end, Night.DeliveryTime(afterMidnight, urgent: false));
        Assert.Equal(beforeMidnight, Night.DeliveryTime(beforeMidnight, urgent: true));
        var day = new DateTime(2026, 6, 30, 4, 0, 0, DateTimeKind.Utc);
        Assert.Equal(day, Night.DeliveryTime(day, urgent: false));
    }

    [Fact]
    public void A_daytime_period_and_an_empty_one()
    {
        var lunch = new QuietHours(new TimeOnly(12, 0), new TimeOnly(14, 0));
        Assert.True(lunch.Contains(new DateTime(2026, 6, 30, 4, 30, 0, DateTimeKind.Utc)));
        Assert.False(lunch.Contains(new DateTime(2026, 6, 30, 6, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 6, 30, 6, 0, 0, DateTimeKind.Utc), lunch.DeliveryTime(new DateTime(2026, 6, 30, 4, 30, 0, DateTimeKind.Utc), urgent: false));

        var none = new QuietHours(new TimeOnly(7, 0), new TimeOnly(7, 0));
        Assert.True(none.IsEmpty);
        Assert.False(none.Contains(new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("无", none.ToString());
        Assert.Equal("22:00–07:00", Night.ToString());
    }

    [Fact]
    public void Outages_and_recoveries_are_urgent_deadlines_are_not()
    {
        Assert.True(AlertKindRules.IsUrgent(AlertKinds.SiteDown));
        Assert.True(AlertKindRules.IsUrgent(AlertKinds.SiteRecovered));
        Assert.False(AlertKindRules.IsUrgent(AlertKinds.ColumnDeadline));
        Assert.False(AlertKindRules.IsUrgent(AlertKinds.CertificateExpiring));
    }
}
