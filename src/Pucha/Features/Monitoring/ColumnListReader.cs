using AngleSharp.Html.Parser;
using Pucha.Core;
using Pucha.Data.Monitoring;
using Pucha.Inspection.Columns;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Reads one registered column the way the inspection's column check does, with the engine's
/// <see cref="ColumnPagesReader"/>: its list pages (下一页, script pagers, at most
/// <see cref="WatchOptions.MaxListPagesPerColumn"/>) as one list, each item once however many pages
/// show it, placeholders (暂无信息 …) not counted, error pages served with 200 refused; the newest
/// date over all pages.
/// </summary>
public sealed class ColumnListReader(WatchFetcher fetcher, WatchOptions options, TimeProvider clock)
{
    public async Task<ColumnListReading> CheckAsync(int columnId, int siteId, string columnUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var asOf = BeijingTime.DateOf(now);
        var check = new ColumnListReading { ColumnId = columnId, SiteId = siteId, CheckedOn = asOf, CheckedUtc = now };
        if (!Uri.TryCreate(columnUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            check.Error = "栏目地址无效";
            return check;
        }

        var read = await ColumnPagesReader.ReadAsync(fetcher.Fetcher, new HtmlParser(), url, asOf, options.MaxListPagesPerColumn, cancellationToken);
        if (!read.Opened)
        {
            check.Error = read.Failure is { } failure ? $"{failure.Code}: {failure.Message}"
                : read.ErrorPageText is { } errorText ? $"栏目页面为错误页面（{errorText}）"
                : "栏目页面不是网页";
            return check;
        }

        // Read fine; a column whose every page lists nothing (or only 暂无信息) keeps 0 items: 空白栏目.
        check.Ok = true;
        check.ItemCount = read.List.Items.Count;
        check.NewestPublishedOn = read.List.Newest(asOf);
        return check;
    }
}
