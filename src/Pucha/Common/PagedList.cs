namespace Pucha.Common;

/// <summary>
/// One page of a list and where it stands in the whole. When <see cref="TotalCapped"/> is true the
/// list was not counted to its end: there are more than <see cref="Total"/> items ("1,000+").
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool TotalCapped = false)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Bounds of paging parameters coming from a URL or a request.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Deep pages cost an OFFSET scan; nobody reads page 10,000 of a list, they search.</summary>
    public const int MaxPage = 5000;

    /// <summary>
    /// Large lists are counted only this far (or to the end of the page asked for, if further): an exact
    /// count of 100,000 websites costs more than the page itself, and "1,000+" tells a person as much.
    /// </summary>
    public const int CountCap = 1000;

    public static (int Page, int PageSize) Clamp(int? page, int? pageSize) =>
        (Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));

    /// <summary>How far to count for <paramref name="page"/>: at least one item past it, so the pager knows whether a next page exists.</summary>
    public static int CountLimit(int page, int pageSize) => Math.Max(CountCap, page * pageSize);
}
