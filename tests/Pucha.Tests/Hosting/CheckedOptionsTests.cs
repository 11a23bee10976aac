using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pucha.Features.Inspections;
using Pucha.Features.Monitoring;

namespace Pucha.Tests.Hosting;

/// <summary>
/// Options are bound and checked the framework's way: a value out of range stops the host's start (ValidateOnStart)
/// with the option's Chinese message, and a good value reaches the services that take the options object.
/// </summary>
public sealed class CheckedOptionsTests
{
    [Fact]
    public async Task A_bad_inspection_setting_stops_the_start_with_its_chinese_message()
    {
        using var host = Build(new() { ["Inspection:MaxPages"] = "0" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("每次检查的页面数", error.Message);
    }

    [Fact]
    public void A_bad_value_is_refused_when_first_read_too()
    {
        using var host = Build(new() { ["Inspection:TimeoutSeconds"] = "601" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<InspectionSettings>());

        Assert.Contains("单次访问超时秒数", error.Message);
    }

    [Fact]
    public async Task Good_values_reach_the_options_object()
    {
        using var host = Build(new() { ["Inspection:MaxPages"] = "42", ["Monitoring:SnapshotsPerDay"] = "4" });
        await host.StartAsync();

        Assert.Equal(42, host.Services.GetRequiredService<InspectionSettings>().MaxPages);
        Assert.Equal(42, host.Services.GetRequiredService<IOptions<InspectionSettings>>().Value.MaxPages);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_bad_watch_option_stops_the_start()
    {
        using var host = Build(new() { ["Monitoring:SnapshotsPerDay"] = "7" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("每日首页快照次数", error.Message);
    }

    private static IHost Build(Dictionary<string, string?> values)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddInspections(builder.Configuration);
        builder.Services.AddPuchaWatch(builder.Configuration);
        return builder.Build();
    }
}
