using Pucha.Data;
using Pucha.Data.RateLimits;

namespace Pucha.Features.ScoreSheets;

/// <summary>
/// Limits failed 标识码 + 校验码 attempts on the public self-check page, per client address and per
/// 网站标识码: at most <see cref="MaxFailuresPerCode"/> failures for one code and <see cref="MaxFailuresPerAddress"/>
/// from one address (an office behind one NAT address has several units) in a fixed <see cref="Window"/>;
/// then that key is refused until the window ends. Counted in the database (<see cref="RateLimitCounters"/>),
/// so every web node counts together and a restart does not hand out fresh tries.
/// </summary>
public sealed class SelfCheckThrottle(PuchaDbContext db, TimeProvider clock)
{
    public const int MaxFailuresPerCode = 5;
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public const string AddressScope = "selfcheck-address";
    public const string CodeScope = "selfcheck-code";

    /// <summary>True when the address or the code has used up its failures in the window.</summary>
    public async Task<bool> IsBlockedAsync(string address, string siteCode, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        return await RateLimitCounters.ReadAsync(db, AddressScope, address, Window, now, cancellation) >= MaxFailuresPerAddress
            || await RateLimitCounters.ReadAsync(db, CodeScope, CodeKey(siteCode), Window, now, cancellation) >= MaxFailuresPerCode;
    }

    public async Task RecordFailureAsync(string address, string siteCode, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await RateLimitCounters.IncrementAsync(db, AddressScope, address, Window, now, cancellation);
        await RateLimitCounters.IncrementAsync(db, CodeScope, CodeKey(siteCode), Window, now, cancellation);
    }

    private static string CodeKey(string siteCode) => siteCode.Trim().ToUpperInvariant();
}
