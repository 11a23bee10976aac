namespace Pucha.Inspection.Fetching;

/// <summary>Why a visit did not yield a usable page or resource.</summary>
public enum FetchFailureKind
{
    NameResolution,
    Connection,
    Timeout,
    NetworkRefused,
    TooManyRedirects,
    RedirectLoop,
    BadRedirect,
    HttpStatus,
    ErrorPage,
    UnsupportedScheme,
}

/// <summary>A failed visit: its kind, and a Chinese message a person can act on.</summary>
public sealed record FetchFailure(FetchFailureKind Kind, string Message)
{
    /// <summary>The short error code written into report evidence (e.g. "dns", "timeout").</summary>
    public string Code => Kind switch
    {
        FetchFailureKind.NameResolution => "dns",
        FetchFailureKind.Connection => "connection",
        FetchFailureKind.Timeout => "timeout",
        FetchFailureKind.NetworkRefused => "network-refused",
        FetchFailureKind.TooManyRedirects => "too-many-redirects",
        FetchFailureKind.RedirectLoop => "redirect-loop",
        FetchFailureKind.BadRedirect => "bad-redirect",
        FetchFailureKind.HttpStatus => "http-status",
        FetchFailureKind.ErrorPage => "soft-404",
        FetchFailureKind.UnsupportedScheme => "unsupported-scheme",
        _ => "error",
    };
}
