namespace Pucha.Data.RateLimits;

/// <summary>
/// How many times one key (a client address, a named site, a 网站标识码) was counted in one fixed window
/// of one limit. Kept in the database so every web node counts together and a restart forgets nothing.
/// </summary>
public sealed class RateLimitCounter
{
    /// <summary>Which limit: "recovery-client", "recovery-site", "selfcheck-address", "selfcheck-code".</summary>
    public string Scope { get; set; } = "";

    /// <summary>SHA-256 (hex) of the key as the limit normalized it: fixed length, and no typed text stored.</summary>
    public string KeyHash { get; set; } = "";

    /// <summary>Start of the window, Unix seconds (UTC), a multiple of the window's length.</summary>
    public long WindowStart { get; set; }

    /// <summary>End of the window, Unix seconds: after it the row is only waiting to be purged.</summary>
    public long ExpiresAt { get; set; }

    public int Count { get; set; }
}
