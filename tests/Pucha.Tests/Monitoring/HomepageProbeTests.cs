using Pucha.Core.Monitoring;
using Pucha.Features.Monitoring;

namespace Pucha.Tests.Monitoring;

public sealed class HomepageProbeTests
{
    private static readonly ProbeSlot Slot = new(7, new DateTime(2026, 4, 1, 1, 0, 0, DateTimeKind.Utc));

    [Fact]
    public async Task A_homepage_that_opens_is_a_successful_visit_of_its_slot()
    {
        await using var site = await LoopbackSite.StartAsync();
        using var probe = new HomepageProbe(new MonitoringOptions { AllowNetworks = ["127.0.0.0/8"] }, TimeProvider.System);

        var visit = await probe.VisitAsync(Slot, site.BaseUrl + "/", CancellationToken.None);

        Assert.True(visit.Ok);
        Assert.Equal(200, visit.StatusCode);
        Assert.Equal(Slot, visit.Slot);
        Assert.Null(visit.Reason);
        Assert.Equal(1, site.Visits);
    }

    [Fact]
    public async Task An_error_status_is_a_failed_visit_with_its_reason()
    {
        await using var site = await LoopbackSite.StartAsync();
        using var probe = new HomepageProbe(new MonitoringOptions { AllowNetworks = ["127.0.0.0/8"] }, TimeProvider.System);

        var visit = await probe.VisitAsync(Slot, site.BaseUrl + "/down", CancellationToken.None);

        Assert.False(visit.Ok);
        Assert.Equal(503, visit.StatusCode);
        Assert.Contains("503", visit.Reason);
    }

    [Fact]
    public async Task The_network_guard_keeps_probes_off_the_platforms_own_network()
    {
        await using var site = await LoopbackSite.StartAsync();
        using var probe = new HomepageProbe(new MonitoringOptions(), TimeProvider.System);

        var visit = await probe.VisitAsync(Slot, site.BaseUrl + "/", CancellationToken.None);

        Assert.False(visit.Ok);
        Assert.StartsWith("network-refused", visit.Reason);
        Assert.Equal(0, site.Visits);
    }

    [Fact]
    public async Task An_invalid_homepage_url_is_a_failed_visit_not_an_exception()
    {
        using var probe = new HomepageProbe(new MonitoringOptions(), TimeProvider.System);

        var visit = await probe.VisitAsync(Slot, "not a url", CancellationToken.None);

        Assert.False(visit.Ok);
        Assert.Equal("首页网址无效", visit.Reason);
    }

    [Fact]
    public void Bad_settings_are_refused_with_a_clear_message()
    {
        Assert.Throws<ArgumentException>(() => new MonitoringOptions { AllowNetworks = ["loopback"] }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringOptions { ProbesPerDay = 19 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringOptions { RawRetentionDays = 3 }.Validate());
    }
}
