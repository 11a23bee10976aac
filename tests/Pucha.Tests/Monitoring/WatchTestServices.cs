using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Data;
using Pucha.Features.Monitoring;

namespace Pucha.Tests.Monitoring;

/// <summary>
/// The services of probe shards, snapshots, column checks and alerts, as the worker registers them, on a test
/// database and a test clock, with loopback allowed (the test sites and robots live there).
/// </summary>
internal static class WatchTestServices
{
    public static ServiceProvider Build(string connectionString, TimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Monitoring:AllowNetworks:0"] = "127.0.0.0/8",
            ["Alerts:AllowWebhookNetworks:0"] = "127.0.0.0/8",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddPuchaData(connectionString);
        // Alert mail goes into the outbox sealed; the platform's AddPuchaMail registers the real key.
        services.AddSingleton(Pucha.Testing.TestDatabase.OutboxCipher);
        services.AddSingleton(configuration.GetSection(MonitoringOptions.SectionName).Get<MonitoringOptions>()!.Validate());
        services.AddPuchaWatch(configuration);
        services.AddSingleton<HomepageProbe>();
        services.AddSingleton<ProbeShardRunner>();
        return services.BuildServiceProvider();
    }
}
