namespace Pucha.Inspection.Fetching;

/// <summary>The outcome of one visit (all redirects followed).</summary>
public sealed class FetchResult
{
    public required Uri Url { get; init; }
    public required Uri FinalUrl { get; init; }
    public int? Status { get; init; }
    public FetchFailure? Failure { get; init; }
    public IReadOnlyList<RedirectHop> Redirects { get; init; } = [];
    public string? ContentType { get; init; }
    public bool IsHtml { get; init; }

    /// <summary>The decoded body when it was HTML and read; null otherwise.</summary>
    public string? Html { get; init; }

    /// <summary>The body's bytes, only for <see cref="PageFetcher.GetBytesAsync"/>.</summary>
    public byte[]? RawBody { get; init; }

    public long Bytes { get; init; }

    /// <summary>The body was longer than the limit and was cut.</summary>
    public bool Truncated { get; init; }

    public double ElapsedMs { get; init; }

    /// <summary>Set when the declared charset named no usable encoding and detection chose one (Chinese, for the report's notes).</summary>
    public string? CharsetNote { get; init; }

    /// <summary>The answer was a redirect the caller chose not to follow (off-site under --no-external); FinalUrl is where it pointed.</summary>
    public bool RedirectNotFollowed { get; init; }

    public bool Succeeded => Failure is null;
}
