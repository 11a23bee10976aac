using Microsoft.Extensions.Options;
using Pucha.Data;
using Pucha.Data.RateLimits;

namespace Pucha.Features.SiteCode;

/// <summary>
/// The limits of 「标识码找回」, counted in the database (<see cref="RateLimitCounters"/>): every web node
/// counts together and a restart forgets nothing. Per client address, every POST counts; per site, the
/// key is what the requester typed, normalized, so a site that does not exist is limited exactly like
/// one that does and the answer tells nothing. Fixed windows aligned to the clock.
/// </summary>
public sealed class SiteCodeRecoveryLimiter(PuchaDbContext db, IOptions<SiteCodeRecoveryOptions> options, TimeProvider clock)
{
    public const string ClientScope = "recovery-client";
    public const string SiteScope = "recovery-site";

    private readonly SiteCodeRecoveryOptions _settings = options.Value;

    public TimeSpan ClientWindow => _settings.PerClientWindow;

    public TimeSpan SiteWindow => _settings.PerSiteWindow;

    /// <summary>True when one more request from <paramref name="client"/> is allowed now (and counts it).</summary>
    public async Task<bool> TryAcquireClientAsync(string client, CancellationToken cancellation) =>
        await RateLimitCounters.IncrementAsync(db, ClientScope, client, ClientWindow, clock.GetUtcNow(), cancellation) <= _settings.PerClientPermitLimit;

    /// <summary>True when one more request for <paramref name="siteKey"/> is allowed now (and counts it).</summary>
    public async Task<bool> TryAcquireSiteAsync(string siteKey, CancellationToken cancellation) =>
        await RateLimitCounters.IncrementAsync(db, SiteScope, siteKey, SiteWindow, clock.GetUtcNow(), cancellation) <= _settings.PerSitePermitLimit;
}
