using AngleSharp.Html.Parser;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// The page a person lands on when opening an address: HTTP redirects (followed by the fetcher), then
/// each <see cref="ClientRedirect"/> (meta refresh, static script redirect, a frameset's main frame) while
/// it stays within the site and the redirect limit. Every hop is kept, as evidence, in one
/// <see cref="FetchResult.Redirects"/>; the pages passed through are kept too (their links are the site's).
/// </summary>
internal static class LandingPage
{
    /// <summary>What was reached: <see cref="Page"/> has the first request's URL and the last page's content.</summary>
    /// <param name="Doorways">The pages passed through, in order (each a successful HTML visit).</param>
    /// <param name="Stopped">Why a client redirect was not followed (Chinese), when one was not.</param>
    public sealed record Result(FetchResult Page, IReadOnlyList<FetchResult> Doorways, string? Stopped);

    public static async Task<Result> FollowAsync(PageFetcher fetcher, HtmlParser parser, FetchResult first, Func<Uri, bool> inScope,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(first);
        var hops = new List<RedirectHop>(first.Redirects);
        var doorways = new List<FetchResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { first.Url.AbsoluteUri, first.FinalUrl.AbsoluteUri };
        var current = first;
        var elapsed = first.ElapsedMs;
        string? stopped = null;
        while (current is { Succeeded: true, Html: { } html })
        {
            (Uri Target, string Via)? next;
            using (var document = parser.ParseDocument(html))
                next = ClientRedirect.Find(document, current.FinalUrl);
            if (next is not { } hop)
                break;
            if (!inScope(hop.Target))
            {
                stopped = $"{ClientRedirectKinds.Label(hop.Via)}指向站外地址，未跟随：{hop.Target.AbsoluteUri}";
                break;
            }
            if (!seen.Add(hop.Target.AbsoluteUri))
            {
                stopped = $"{ClientRedirectKinds.Label(hop.Via)}形成循环，未跟随：{hop.Target.AbsoluteUri}";
                break;
            }
            if (hops.Count + 1 > fetcher.Options.MaxRedirects)
            {
                stopped = $"跳转超过{fetcher.Options.MaxRedirects}次，未继续跟随：{hop.Target.AbsoluteUri}";
                break;
            }
            hops.Add(new RedirectHop(current.FinalUrl, current.Status ?? 200, hop.Target, hop.Via));
            doorways.Add(current);
            current = await fetcher.GetPageAsync(hop.Target, cancellationToken).ConfigureAwait(false);
            elapsed += current.ElapsedMs;
            hops.AddRange(current.Redirects);
            seen.Add(current.FinalUrl.AbsoluteUri);
        }
        if (doorways.Count == 0)
            return new Result(first, doorways, stopped);

        var reached = new FetchResult
        {
            Url = first.Url, FinalUrl = current.FinalUrl, Status = current.Status, Failure = current.Failure, Redirects = hops,
            ContentType = current.ContentType, IsHtml = current.IsHtml, Html = current.Html, Bytes = current.Bytes,
            Truncated = current.Truncated, ElapsedMs = elapsed, CharsetNote = current.CharsetNote,
        };
        return new Result(reached, doorways, stopped);
    }
}
