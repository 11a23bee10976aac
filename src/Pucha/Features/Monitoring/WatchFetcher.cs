using Pucha.Inspection.Fetching;

namespace Pucha.Features.Monitoring;

/// <summary>
/// The page fetcher of snapshots and column checks: the inspection engine's, behind the same
/// network guard as the probes, with the TLS observer that gives a homepage's certificate expiry.
/// One per process, so connections to a site are reused across its columns.
/// </summary>
public sealed class WatchFetcher : IDisposable
{
    private readonly TlsObserver _tls = new();

    public WatchFetcher(MonitoringOptions monitoring, WatchOptions options)
    {
        var guard = new NetworkGuard(monitoring.AllowedNetworks());
        var fetchOptions = new FetchOptions
        {
            Timeout = TimeSpan.FromSeconds(options.WatchFetchTimeoutSeconds),
            MaxConnectionsPerHost = 2,
            MaxBodyBytes = 5 * 1024 * 1024,
        };
        Fetcher = new PageFetcher(fetchOptions, new GuardedConnector(guard, monitoring.Resolver()), _tls);
    }

    public PageFetcher Fetcher { get; }

    /// <summary>NotAfter of the certificate last seen for <paramref name="url"/>'s host (https only).</summary>
    public DateTime? CertificateNotAfter(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttps)
            return null;
        var info = _tls.For(url.IdnHost) ?? _tls.For(url.Host);
        return info?.NotAfter.UtcDateTime;
    }

    public void Dispose() => Fetcher.Dispose();
}
