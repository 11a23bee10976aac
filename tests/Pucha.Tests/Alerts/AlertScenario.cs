using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Features.Alerts;
using Pucha.Core.Alerts;
using Pucha.Core.Columns;
using Pucha.Core.Monitoring;
using Pucha.Core.Organizations;
using Pucha.Data.Alerts;
using Pucha.Data.Monitoring;
using Pucha.Testing;
using Pucha.Tests.Monitoring;

namespace Pucha.Tests.Alerts;

/// <summary>
/// A county organizer (/1/) with its sites, a test clock and the alert services on a test database.
/// </summary>
internal sealed class AlertScenario : IAsyncDisposable
{
    private AlertScenario(TestDatabase database, FakeTimeProvider clock, ServiceProvider services, int organizationId)
    {
        Database = database;
        Clock = clock;
        Services = services;
        OrganizationId = organizationId;
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; }
    public ServiceProvider Services { get; }
    public int OrganizationId { get; }

    public static async Task<AlertScenario> StartAsync(Data.Infrastructure.DatabaseProvider provider, DateTime nowUtc, IDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var organization = new Organization { Name = "某某县人民政府办公室", Kind = OrganizationKind.CountyGovernmentOffice, Path = "/1/" };
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();
        var clock = TestClocks.At(nowUtc);
        return new AlertScenario(database, clock, WatchTestServices.Build(database.ConnectionString, clock, settings), organization.Id);
    }

    public async Task<int> AddSiteAsync(int n, params (ColumnKind Kind, string Name)[] columns)
    {
        await using var context = Database.CreateContext();
        var site = SampleData.ValidWebsite(n, OrganizationId);
        site.Name = $"某某县第{n}网站";
        site.Columns.Clear();
        foreach (var (kind, name) in columns)
            site.Columns.Add(new WebsiteColumn { Kind = kind, Name = name, Url = $"http://site{n}.example.gov.cn/{kind}/" });
        context.Websites.Add(site);
        await context.SaveChangesAsync();
        return site.Id;
    }

    public async Task<int> SubscribeAsync(AlertChannel channel, string target, string? secret = null, AlertKinds kinds = AlertKinds.All, (int Start, int End)? quiet = null)
    {
        await using var context = Database.CreateContext();
        var subscription = new AlertSubscription
        {
            OrganizationId = OrganizationId,
            ScopePath = "/1/",
            Name = channel.ToString(),
            Channel = channel,
            Target = target,
            Secret = secret,
            Kinds = kinds,
            QuietStartMinute = quiet?.Start ?? 0,
            QuietEndMinute = quiet?.End ?? 0,
            CreatedUtc = Clock.GetUtcNow().UtcDateTime,
        };
        context.Add(subscription);
        await context.SaveChangesAsync();
        return subscription.Id;
    }

    /// <summary>Visits at the given offsets from now: true = opened.</summary>
    public async Task VisitsAsync(int siteId, params (TimeSpan Before, bool Ok)[] visits)
    {
        await using var context = Database.CreateContext();
        var store = new MonitoringStore(context);
        foreach (var (before, ok) in visits)
        {
            var at = Clock.GetUtcNow().UtcDateTime - before;
            await store.RecordVisitAsync(new ProbeVisit(siteId, at, at, ok ? 80 : 15_000, ok, ok ? 200 : 503, ok ? null : "HTTP 503 [链接](http://x)\n# 注入"));
        }
    }

    public async Task<int> EvaluateAvailabilityAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertEvaluator>().EvaluateAvailabilityAsync();
    }

    public async Task<int> EvaluateDeadlinesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertEvaluator>().EvaluateDeadlinesAsync();
    }

    public async Task<int> DispatchAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().RunOnceAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
