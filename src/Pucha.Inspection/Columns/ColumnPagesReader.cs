using AngleSharp.Html.Parser;
using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Columns;

/// <summary>
/// Reads a column's list pages into one <see cref="PaginatedList"/>: the first page, then the pages its
/// pagination names (下一页 of each page read, the pages of a script pager, page-number links), each address once, at
/// most a given number of pages. Used by the inspection's column check and by the monitoring's daily
/// column checks, so both read a column alike.
/// </summary>
public static class ColumnPagesReader
{
    /// <summary>Most list pages a caller may ask for.</summary>
    public const int MaxPagesLimit = 100;

    public static async Task<ColumnPages> ReadAsync(PageFetcher fetcher, HtmlParser parser, Uri columnUrl, DateOnly asOf, int maxPages,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(columnUrl);
        var limit = Math.Clamp(maxPages, 1, MaxPagesLimit);
        var list = new PaginatedList();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<Uri>([columnUrl]);
        while (queue.TryDequeue(out var url) && list.Pages.Count < limit)
        {
            if (!visited.Add(Key(url)))
                continue;
            var first = list.Pages.Count == 0;
            var visit = await fetcher.GetPageAsync(url, cancellationToken).ConfigureAwait(false);
            // A column address that is only a doorway (meta refresh, script redirect, frameset) is read where it leads, on the same site.
            if (first)
                visit = (await LandingPage.FollowAsync(fetcher, parser, visit, target => SameSite(target, columnUrl), cancellationToken).ConfigureAwait(false)).Page;
            if (!visit.Succeeded || visit.Html is null)
            {
                // A later page that fails is left out: the column is judged by the pages that opened.
                if (first)
                    return new ColumnPages(list, visit.Failure, NotHtml: visit.Failure is null, ErrorPageText: null);
                continue;
            }

            using var document = parser.ParseDocument(visit.Html);
            if (SoftNotFoundDetector.Detect(document) is { } errorText)
            {
                if (first)
                    return new ColumnPages(list, null, NotHtml: false, ErrorPageText: errorText);
                continue;
            }

            visited.Add(Key(visit.FinalUrl));
            var page = ListItemExtractor.Extract(document, visit.FinalUrl, asOf);
            list.Add(visit.FinalUrl, page, EmptyColumnDetector.Reason(document, page));
            if (page.NextPage is { } next)
                queue.Enqueue(next);
            // A script pager names every page; its first (index.html) is the column page itself.
            foreach (var pagerPage in page.PageUrls.Skip(1))
                queue.Enqueue(pagerPage);
            foreach (var numberedPage in page.NumberedPages ?? [])
                queue.Enqueue(numberedPage);
        }

        return new ColumnPages(list, null, NotHtml: false, ErrorPageText: null);
    }

    private static bool SameSite(Uri target, Uri column) =>
        string.Equals(StripWww(target.IdnHost), StripWww(column.IdnHost), StringComparison.OrdinalIgnoreCase);

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static string Key(Uri url) => (UrlNormalizer.Normalize(url) ?? url).AbsoluteUri;
}
