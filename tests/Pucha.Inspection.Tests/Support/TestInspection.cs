using System.Net;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Tests.Support;

/// <summary>Options and fetchers for tests: loopback allowed explicitly, as an operator would.</summary>
public static class TestInspection
{
    public static readonly DateOnly AsOf = new(2024, 6, 15);

    public static IReadOnlyList<IPNetwork> Loopback { get; } = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    public static InspectionOptions Options(Uri url, Func<InspectionOptions, InspectionOptions>? change = null)
    {
        var options = new InspectionOptions
        {
            Url = url,
            AsOf = AsOf,
            AllowNetworks = Loopback,
            Fetch = new FetchOptions { Timeout = TimeSpan.FromSeconds(5) },
            Crawl = new CrawlOptions { Concurrency = 4 },
        };
        return change is null ? options : change(options);
    }

    public static PageFetcher Fetcher(IEnumerable<IPNetwork>? allowed = null, HostResolver? resolver = null, FetchOptions? options = null) =>
        new(options ?? new FetchOptions { Timeout = TimeSpan.FromSeconds(5) },
            new GuardedConnector(new NetworkGuard(allowed ?? Loopback), resolver ?? HostResolver.System), new TlsObserver());
}
