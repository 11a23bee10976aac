using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Pucha.Common;
using Pucha.Core.Websites;
using Pucha.Features.Websites;

namespace Pucha.Features.Websites;

public sealed class IndexModel(WebsiteDirectory registry) : PageModel
{
    public WebsiteListQuery Query { get; private set; } = new();

    public PagedList<WebsiteListItem> Sites { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    // 'page' is also Razor Pages' own route value (the page's path), which model binding reads before the
    // query string: without [FromQuery] every request would show page 1.
    public async Task OnGetAsync(string? name, string? url, string? siteCode, string? region, string? status, string? sort, bool? desc,
        [FromQuery(Name = "page")] int? page, int? pageSize, CancellationToken cancellation)
    {
        Query = new WebsiteListQuery
        {
            Name = name, Url = url, SiteCode = siteCode, Region = region,
            Status = Enum.TryParse<CensusStatus>(status, out var parsed) && Enum.IsDefined(parsed) ? parsed : null,
            Sort = sort, Desc = desc ?? false, Page = page, PageSize = pageSize,
        };
        Sites = await registry.ListAsync(Query, cancellation);
    }

    /// <summary>The list URL for a query: only the parameters that are set.</summary>
    public string LinkTo(WebsiteListQuery query)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["Name"] = query.Name, ["Url"] = query.Url, ["SiteCode"] = query.SiteCode, ["Region"] = query.Region,
            ["Status"] = query.Status?.ToString(), ["Sort"] = query.Sort, ["Desc"] = query.Desc ? "true" : null,
            ["Page"] = query.Page is > 1 ? query.Page.ToString() : null,
            ["PageSize"] = query.PageSize?.ToString(),
        };
        return QueryHelpers.AddQueryString("/Websites", parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
