using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Pucha.Common;
using Pucha.Features.Monitoring.Dashboard;

namespace Pucha.Features.Monitoring;

public sealed class IndexModel(SiteMonitoringReader reader) : PageModel
{
    public SiteStateQuery Query { get; private set; } = new();

    public PagedList<SiteStateRow> Sites { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public DateTime AsOfUtc { get; private set; }

    public async Task OnGetAsync(string? name, string? sort, bool? desc, [FromQuery(Name = "page")] int? page, int? pageSize, DateTime? asOf, CancellationToken cancellation)
    {
        AsOfUtc = reader.AsOf(asOf);
        Query = new SiteStateQuery { Name = name, Sort = sort, Desc = desc ?? false, Page = page, PageSize = pageSize, AsOfUtc = asOf is null ? null : AsOfUtc };
        Sites = await reader.ListAsync(Query with { AsOfUtc = AsOfUtc }, cancellation);
    }

    public string LinkTo(SiteStateQuery query, string path = "/Monitoring")
    {
        var parameters = new Dictionary<string, string?>
        {
            ["Name"] = query.Name, ["Sort"] = query.Sort, ["Desc"] = query.Desc ? "true" : null,
            ["Page"] = query.Page is > 1 ? query.Page.ToString() : null,
            ["PageSize"] = query.PageSize?.ToString(),
            ["AsOf"] = query.AsOfUtc?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString(path, parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
