using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Pucha.Census.Recovery;

/// <summary>
/// The per-site limit of 「标识码找回」: a fixed window per site key, kept in memory (one process; a
/// restart forgets it). The key is what the requester typed, normalized, so a site that does not
/// exist is limited exactly like one that does and the answer tells nothing.
/// </summary>
public sealed class SiteCodeRecoveryLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SiteCodeRecoveryLimiter(IOptions<SiteCodeRecoveryOptions> options)
    {
        var settings = options.Value;
        Window = settings.PerSiteWindow;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = settings.PerSitePermitLimit, Window = settings.PerSiteWindow, QueueLimit = 0 }));
    }

    public TimeSpan Window { get; }

    /// <summary>True when one more request for <paramref name="siteKey"/> is allowed now (and counts it).</summary>
    public bool TryAcquire(string siteKey)
    {
        using var lease = _limiter.AttemptAcquire(siteKey);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
