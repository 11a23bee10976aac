using Pucha.Core.Monitoring;
using Pucha.Inspection.Fetching;

namespace Pucha.Features.Monitoring;

/// <summary>
/// One visit of a homepage: a GET through the inspection engine's fetcher, so the same network
/// guard applies (a registered URL can never reach the platform's own network) and the same 15 s
/// rule — the whole visit, redirects and body included, must finish within 15 s (超过（含）15秒网站仍打不开).
/// </summary>
public sealed class HomepageProbe : IDisposable
{
    /// <summary>The rules' limit for a homepage to open.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly PageFetcher _fetcher;
    private readonly TimeProvider _clock;

    public HomepageProbe(MonitoringOptions options, TimeProvider clock)
    {
        _clock = clock;
        var guard = new NetworkGuard(options.AllowedNetworks());
        // No retry after a reset: a visit that did not open is exactly what availability counts.
        var fetchOptions = new FetchOptions { Timeout = Timeout, RetriesOnReset = 0, MaxConnectionsPerHost = 2 };
        _fetcher = new PageFetcher(fetchOptions, new GuardedConnector(guard, options.Resolver()), new TlsObserver());
    }

    public async Task<ProbeVisit> VisitAsync(ProbeSlot slot, string homepageUrl, CancellationToken cancellationToken)
    {
        var started = _clock.GetUtcNow().UtcDateTime;
        if (!Uri.TryCreate(homepageUrl, UriKind.Absolute, out var url))
            return new ProbeVisit(slot.SiteId, slot.ScheduledUtc, started, 0, false, null, "首页网址无效");

        var result = await _fetcher.GetPageAsync(url, cancellationToken);
        var elapsed = (int)Math.Min(int.MaxValue, Math.Round(result.ElapsedMs));
        var reason = result.Failure is { } failure ? Bound($"{failure.Code}: {failure.Message}") : null;
        return new ProbeVisit(slot.SiteId, slot.ScheduledUtc, started, elapsed, result.Succeeded, result.Status, reason);
    }

    public void Dispose() => _fetcher.Dispose();

    private static string Bound(string text) => text.Length <= ProbeVisit.MaxReasonLength ? text : text[..ProbeVisit.MaxReasonLength];
}
