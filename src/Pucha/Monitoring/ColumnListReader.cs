using AngleSharp.Html.Parser;
using Pucha.Data.Monitoring;
using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Analysis.Pages;

namespace Pucha.Monitoring;

/// <summary>
/// Reads one registered column's list page the way the inspection's column check does: the list
/// found by <see cref="ListItemExtractor"/>, placeholders (暂无信息 …) by <see cref="EmptyColumnDetector"/>,
/// error pages served with 200 by <see cref="SoftNotFoundDetector"/>, and further list pages
/// (下一页, script pagers) until a dated item is found, up to a bounded number of pages.
/// </summary>
public sealed class ColumnListReader(WatchFetcher fetcher, WatchOptions options, TimeProvider clock)
{
    public async Task<ColumnCheck> CheckAsync(int columnId, int siteId, string columnUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var asOf = MonitoringQueries.BeijingDate(now);
        var check = new ColumnCheck { ColumnId = columnId, SiteId = siteId, CheckedOn = asOf, CheckedUtc = now };
        if (!Uri.TryCreate(columnUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            check.Error = "栏目地址无效";
            return check;
        }

        var parser = new HtmlParser();
        var items = new List<ListItem>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Uri? next = url;
        for (var page = 0; next is not null && page < options.MaxListPagesPerColumn && visited.Add(next.AbsoluteUri); page++)
        {
            var result = await fetcher.Fetcher.GetPageAsync(next, cancellationToken);
            if (!result.Succeeded || result.Html is null)
            {
                if (page > 0)
                    break; // the first page was read: judge by what it showed
                check.Error = result.Failure is { } failure ? $"{failure.Code}: {failure.Message}" : "栏目页面不是网页";
                return check;
            }

            using var document = await parser.ParseDocumentAsync(result.Html, cancellationToken);
            if (page == 0 && SoftNotFoundDetector.Detect(document) is { } errorText)
            {
                check.Error = $"栏目页面为错误页面（{errorText}）";
                return check;
            }

            var list = ListItemExtractor.Extract(document, result.FinalUrl, asOf);
            if (page == 0 && EmptyColumnDetector.IsEmpty(document, list))
            {
                check.Ok = true; // read fine, and it lists nothing: 空白栏目
                return check;
            }

            items.AddRange(list.Items.Where(i => !EmptyColumnDetector.Placeholders.Any(p => i.Title.Contains(p, StringComparison.Ordinal))));
            if (items.Exists(i => i.Date is not null))
                break;
            next = list.NextPage ?? (list.PageUrls.Count > 1 ? list.PageUrls[1] : null);
        }

        check.Ok = true;
        check.ItemCount = items.Count;
        check.NewestPublishedOn = items.Where(i => i.Date is { } d && d <= asOf).Select(i => i.Date).Max();
        return check;
    }
}
