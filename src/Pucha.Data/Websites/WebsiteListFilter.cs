using Pucha.Core.Websites;

namespace Pucha.Data.Websites;

/// <summary>Filters of the website list; null means "any".</summary>
public sealed record WebsiteListFilter
{
    /// <summary>Only sites of units in this organization subtree ("/1/7/").</summary>
    public string? OrganizationPath { get; init; }

    /// <summary>Only sites in this division or below it (430000 = all of 湖南省).</summary>
    public string? RegionCode { get; init; }

    public CensusStatus? Status { get; init; }

    public WebsiteType? WebsiteType { get; init; }

    /// <summary>Case-insensitive "contains" over 网站名称 and 首页网址; at most <see cref="WebsiteQueries.MaxSearchLength"/> characters.</summary>
    public string? Search { get; init; }
}
