using AngleSharp.Html.Parser;
using Pucha.Core.Monitoring;
using Pucha.Data.Monitoring;
using Pucha.Inspection.Analysis.Columns;

namespace Pucha.Monitoring;

/// <summary>
/// Takes one homepage snapshot: fetches the homepage, reads every list on it with the engine's
/// <see cref="ListItemExtractor"/> (titles, links, the printed dates), and records the items as
/// sightings, so the dated items that are new each day are known (首页更新, 监测2周).
/// </summary>
public sealed class HomepageSnapshotter(WatchFetcher fetcher, TimeProvider clock)
{
    /// <summary>Items kept from one homepage at most (a portal shows a few hundred).</summary>
    public const int MaxItems = 2000;

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

        var asOf = MonitoringQueries.BeijingDate(taken);
        using var document = await new HtmlParser().ParseDocumentAsync(page.Html, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<HomepageItem>();
        foreach (var group in ListItemExtractor.ExtractGroups(document, page.FinalUrl, asOf))
        {
            foreach (var item in group)
            {
                // The same item often sits in two lists (要闻 and 工作动态): one sighting.
                if (items.Count < MaxItems && seen.Add(item.Url.AbsoluteUri))
                    items.Add(new HomepageItem(item.Url.AbsoluteUri, item.Title, item.Date, taken));
            }
        }

        snapshot.Ok = true;
        snapshot.Items = items.Count;
        snapshot.DatedItems = items.Count(i => i.PublishedOn is not null);
        return (snapshot, items);
    }
}
