namespace Pucha.Inspection.Analysis.Columns;

/// <summary>What a column's list page shows: its items and the way to its other pages.</summary>
/// <param name="Items">The list's items in page order.</param>
/// <param name="NextPage">下一页, when linked.</param>
/// <param name="LastPage">尾页/末页, when linked.</param>
/// <param name="PageUrls">Further list pages known from a script pager (createPageHTML …), in order.</param>
/// <param name="NumberedPages">Pages of the list linked by their number (页码: 2, 3, [4] …) in its directory, by number.</param>
public sealed record ListPage(IReadOnlyList<ListItem> Items, Uri? NextPage, Uri? LastPage, IReadOnlyList<Uri> PageUrls, IReadOnlyList<Uri>? NumberedPages = null)
{
    /// <summary>The newest dated item's date.</summary>
    public DateOnly? NewestDate => Items.Where(i => i.Date is not null).Select(i => i.Date).Max();
}
