namespace Pucha.Common;

/// <summary>One page of a list and where it stands in the whole.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
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

    public static (int Page, int PageSize) Clamp(int? page, int? pageSize) =>
        (Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));
}
