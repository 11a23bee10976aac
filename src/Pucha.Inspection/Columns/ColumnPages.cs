using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Columns;

/// <summary>A column's list as read over its pages, or why its first page could not be read.</summary>
/// <param name="List">The pages read and their distinct items (no page when the first failed).</param>
/// <param name="Failure">The first page did not open.</param>
/// <param name="NotHtml">The first page opened but is not a web page.</param>
/// <param name="ErrorPageText">The first page is an error page served as a page (soft 404): the text found.</param>
public sealed record ColumnPages(PaginatedList List, FetchFailure? Failure, bool NotHtml, string? ErrorPageText)
{
    /// <summary>The first page opened as a list page.</summary>
    public bool Opened => Failure is null && !NotHtml && ErrorPageText is null;
}
