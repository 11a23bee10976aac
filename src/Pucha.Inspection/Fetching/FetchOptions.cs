namespace Pucha.Inspection.Fetching;

/// <summary>The limits of every visit. Every limit is explicit.</summary>
public sealed record FetchOptions
{
    public const string DefaultUserAgent = "Pucha/0.1 (+government website inspection)";

    /// <summary>A visit (all redirects and the body) that takes longer fails; mission §5: 15 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    public long MaxBodyBytes { get; init; } = 10 * 1024 * 1024;
    public int MaxRedirects { get; init; } = 10;

    /// <summary>Open connections per host; requests beyond wait for a free one.</summary>
    public int MaxConnectionsPerHost { get; init; } = 8;

    /// <summary>Extra attempts after a connection reset (never after a timeout).</summary>
    public int RetriesOnReset { get; init; } = 2;

    public string UserAgent { get; init; } = DefaultUserAgent;
}
