using Pucha.Core.Websites;

namespace Pucha.Features.Websites;

/// <summary>Search, sort and paging of the website list (网站列表), for the page and the API alike.</summary>
public sealed record WebsiteListQuery
{
    public const int MaxSearchLength = 100;

    /// <summary>Part of the 网站名称.</summary>
    public string? Name { get; init; }

    /// <summary>Part of the 首页网址.</summary>
    public string? Url { get; init; }

    /// <summary>网站标识码, or its beginning.</summary>
    public string? SiteCode { get; init; }

    /// <summary>地区: a division code or its prefix (43, 4301, 430103; 430000 means the whole province).</summary>
    public string? Region { get; init; }

    public CensusStatus? Status { get; init; }

    /// <summary>name, url, region, status, sitecode, updated; anything else sorts by registration order.</summary>
    public string? Sort { get; init; }

    public bool Desc { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}
