using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pucha.Core;
using Pucha.Core.Monitoring;
using Pucha.Data.Monitoring;
using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Analysis.Pages;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Takes one homepage snapshot: fetches the homepage, reads every list on it with the engine's
/// <see cref="ListItemExtractor"/> (titles, links, the printed dates), and records the items as
/// sightings, so the dated items that are new each day are known (首页更新, 监测2周). When the homepage
/// is only a navigation portal (the engine's <see cref="NavigationHomepage"/> test), the rule judges
/// updates over its second-level pages, so the snapshot also reads those — the pages the inspection
/// reaches at depth 1, at most <see cref="WatchOptions.MaxSecondLevelPages"/>, one after another through
/// the same fetcher and network guard — and records their items with the page they were read from.
/// </summary>
public sealed class HomepageSnapshotter(WatchFetcher fetcher, WatchOptions options, TimeProvider clock)
{
    /// <summary>Items kept from one snapshot at most (a portal shows a few hundred).</summary>
    public const int MaxItems = 2000;

    /// <summary>
    /// Time for all second-level pages of one snapshot together (each page also has its own
    /// <see cref="WatchOptions.WatchFetchTimeoutSeconds"/>): a slow site cannot hold a sweep's slot for
    /// 30 pages × 30 s. Pages not reached in time are left to the next snapshot.
    /// </summary>
    public static readonly TimeSpan SecondLevelTimeBudget = TimeSpan.FromMinutes(2);

    public async Task<(HomepageSnapshot Snapshot, List<HomepageItem> Items)> TakeAsync(int siteId, string homepageUrl, DateTime scheduledUtc, CancellationToken cancellationToken)
    {
        var taken = clock.GetUtcNow().UtcDateTime;
        var snapshot = new HomepageSnapshot { SiteId = siteId, ScheduledUtc = scheduledUtc, TakenUtc = taken };
        if (!Uri.TryCreate(homepageUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            snapshot.Error = "首页网址无效";
            return (snapshot, []);
        }

        var page = await fetcher.Fetcher.GetPageAsync(url, cancellationToken);
        snapshot.StatusCode = page.Status;
        snapshot.CertificateNotAfterUtc = fetcher.CertificateNotAfter(page.FinalUrl);
        if (!page.Succeeded || page.Html is null)
        {
            snapshot.Error = page.Failure is { } failure ? $"{failure.Code}: {failure.Message}" : "首页不是网页";
            return (snapshot, []);
        }

        var asOf = BeijingTime.DateOf(taken);
        var parser = new HtmlParser();
        using var document = await parser.ParseDocumentAsync(page.Html, cancellationToken);
        var items = new SnapshotItems(taken);
        items.AddPage(document, page.FinalUrl, asOf, source: null);

        var site = SiteProfile.For(page.FinalUrl);
        if (NavigationHomepage.IsNavigationOnly(document, page.FinalUrl, site, asOf))
        {
            snapshot.NavigationOnly = true;
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(SecondLevelTimeBudget);
            try
            {
                foreach (var secondLevel in NavigationHomepage.SecondLevelPages(document, page.FinalUrl, site, options.MaxSecondLevelPages))
                {
                    var visit = await fetcher.Fetcher.GetPageAsync(secondLevel, budget.Token);
                    // A second-level page that does not open is a broken link (the inspection's business), not an update.
                    if (!visit.Succeeded || visit.Html is null || !site.IsInScope(visit.FinalUrl))
                        continue;
                    using var secondDocument = await parser.ParseDocumentAsync(visit.Html, budget.Token);
                    if (SoftNotFoundDetector.Detect(secondDocument) is not null)
                        continue;
                    snapshot.SecondLevelPages++;
                    items.AddPage(secondDocument, visit.FinalUrl, asOf, visit.FinalUrl.AbsoluteUri);
                }
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // Out of time: the pages read so far are recorded.
            }
        }

        snapshot.Ok = true;
        snapshot.Items = items.List.Count;
        snapshot.DatedItems = items.List.Count(i => i.PublishedOn is not null);
        return (snapshot, items.List);
    }

    /// <summary>The items of one snapshot, each link once (the same item sits in two lists, or on two pages).</summary>
    private sealed class SnapshotItems(DateTime taken)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<HomepageItem> List { get; } = [];

        public void AddPage(IDocument document, Uri pageUrl, DateOnly asOf, string? source)
        {
            foreach (var group in ListItemExtractor.ExtractGroups(document, pageUrl, asOf))
            {
                foreach (var item in group)
                {
                    if (List.Count < MaxItems && _seen.Add(item.Url.AbsoluteUri))
                        List.Add(new HomepageItem(item.Url.AbsoluteUri, item.Title, item.Date, taken, source));
                }
            }
        }
    }
}
