using AngleSharp.Dom;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.SiteChecks;

/// <summary>What the site-level checks share: the options, the fetcher, and the homepage as visited.</summary>
internal sealed class SiteCheckContext
{
    public required InspectionOptions Options { get; init; }
    public required PageFetcher Fetcher { get; init; }
    public required FetchResult Homepage { get; init; }

    /// <summary>The parsed homepage; kept only while the site-level checks run.</summary>
    public required IDocument HomepageDocument { get; init; }

    public required TlsObserver Tls { get; init; }
    public required NetworkGuard Guard { get; init; }
    public required HostResolver Resolver { get; init; }

    /// <summary>Returns the error text when a page is an error page served as a page (soft 404).</summary>
    public required Func<IDocument, string?> ErrorPage { get; init; }

    public DateOnly AsOf => Options.AsOf;
}
