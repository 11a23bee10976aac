using Pucha.Inspection.Crawling;

namespace Pucha.Inspection.Analysis.Columns;

/// <summary>
/// A column's list read across its pages (下一页, script pagers) as one logical list. Lists overlap:
/// after a new post the last items of page 1 move to the top of page 2, and 更多 and 下一页 can lead to
/// the same page twice, so an item counts once — by its link (normalized), or, when it links to no
/// page of its own (the list page itself), by its title and date. Placeholders (暂无信息 …) are not
/// items. The column is empty only when every page read was empty.
/// </summary>
public sealed class PaginatedList
{
    /// <summary>Items kept over all pages at most (a page has at most <see cref="ListItemExtractor.MaxItems"/>).</summary>
    public const int MaxItems = 10_000;

    private readonly List<ListItem> _items = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<Uri> _pages = [];
    private string? _firstEmptyReason;
    private int _emptyPages;

    /// <summary>The distinct items in the order first met.</summary>
    public IReadOnlyList<ListItem> Items => _items;

    /// <summary>The list pages read, in reading order.</summary>
    public IReadOnlyList<Uri> Pages => _pages;

    /// <summary>Items met again on a later page (or twice on one) and not counted again.</summary>
    public int Repeated { get; private set; }

    /// <summary>Why the column is empty (the first page's reason), when every page read was empty; else null.</summary>
    public string? EmptyReason => _pages.Count > 0 && _emptyPages == _pages.Count ? _firstEmptyReason : null;

    /// <summary>Adds one list page; <paramref name="emptyReason"/> is <see cref="EmptyColumnDetector.Reason"/> of that page.</summary>
    public void Add(Uri page, ListPage list, string? emptyReason)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(list);
        _pages.Add(page);
        if (emptyReason is not null)
        {
            _emptyPages++;
            _firstEmptyReason ??= emptyReason;
        }

        var pageKey = (UrlNormalizer.Normalize(page) ?? page).AbsoluteUri;
        foreach (var item in list.Items)
        {
            if (EmptyColumnDetector.Placeholders.Any(p => item.Title.Contains(p, StringComparison.Ordinal)))
                continue;
            if (!_keys.Add(KeyOf(item, pageKey)))
            {
                Repeated++;
                continue;
            }

            if (_items.Count < MaxItems)
                _items.Add(item);
        }
    }

    /// <summary>The newest publication date not after <paramref name="asOf"/> over every page; null when none is dated.</summary>
    public DateOnly? Newest(DateOnly asOf) => _items.Where(i => i.Date is { } d && d <= asOf).Select(i => i.Date).Max();

    /// <summary>An item's identity: its normalized link, or its title and date when it links back to its list page.</summary>
    private static string KeyOf(ListItem item, string normalizedPage)
    {
        var link = UrlNormalizer.Normalize(item.Url);
        return link is not null && link.AbsoluteUri != normalizedPage
            ? "u " + link.AbsoluteUri
            : $"t {item.Title}\n{item.Date:yyyy-MM-dd}";
    }
}
