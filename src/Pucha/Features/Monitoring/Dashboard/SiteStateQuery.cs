namespace Pucha.Features.Monitoring.Dashboard;

/// <summary>Sort, page and as-of point of the overview (the page's query string and the API's).</summary>
public sealed record SiteStateQuery
{
    /// <summary>The sort keys the overview understands; anything else sorts by name.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["name", "sitecode", "availability", "lastprobe", "updates"];

    public string? Name { get; init; }
    public string? Sort { get; init; }
    public bool Desc { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }

    /// <summary>The monitoring point (监测时间点); now when absent.</summary>
    public DateTime? AsOfUtc { get; init; }
}
