using Microsoft.AspNetCore.Mvc;
using Pucha.Common;
using Pucha.Core;
using Pucha.Features.Monitoring.Cadence;

namespace Pucha.Features.Monitoring.Dashboard;

/// <summary>/api/v1/monitoring: the data behind the monitoring pages' charts and tables, within the caller's subtree.</summary>
public static class MonitoringEndpoints
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IServiceCollection AddMonitoringDashboard(this IServiceCollection services) =>
        services.AddScoped<SiteMonitoringReader>().AddScoped<Cadence.SiteCadenceService>();

    public static IEndpointRouteBuilder MapMonitoringEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/monitoring").RequireAuthorization().WithTags("持续监测");

        api.MapGet("/sites", async ([AsParameters] SiteStateParameters parameters, SiteMonitoringReader reader, CancellationToken cancellation) =>
                TypedResults.Ok(await reader.ListAsync(parameters.ToQuery(), cancellation)))
            .WithName("ListSiteStates")
            .WithSummary("本单位及下级网站的监测状态：近7天可用性、最近访问、近14天首页更新；可排序、分页；asOf 为监测时间点（UTC）");

        api.MapGet("/sites/export", async ([AsParameters] SiteStateParameters parameters, SiteMonitoringReader reader, HttpContext http, CancellationToken cancellation) =>
            {
                var (rows, asOf, total) = await reader.ExportAsync(parameters.ToQuery(), cancellation);
                var buffer = new MemoryStream();
                SiteStateWorkbook.Write(buffer, rows, asOf, total, http.User.Identity?.Name);
                return TypedResults.File(buffer.ToArray(), XlsxContentType, $"网站监测状态-{BeijingTime.Format(asOf, "yyyyMMddHHmm")}.xlsx");
            })
            .WithName("ExportSiteStates").WithSummary("导出网站监测状态表（.xlsx）");

        api.MapGet("/sites/{id:int}", async (int id, [FromQuery] DateTime? asOf, SiteMonitoringReader reader, CancellationToken cancellation) =>
                await reader.SiteAsync(id, asOf, cancellation) is { } site ? Results.Ok(site) : ApiResults.NotFound())
            .Produces<SiteMonitoring>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSiteMonitoring")
            .WithSummary("单个网站的监测数据：近7天每次访问、失败时间与原因、失败占比（5%否决线）；近14天首页每日新增信息");

        routes.MapSiteCadenceEndpoints();
        return routes;
    }
}

/// <summary>Query string of the overview and its export.</summary>
public sealed record SiteStateParameters(
    [FromQuery] string? Name,
    [FromQuery] string? Sort,
    [FromQuery] bool? Desc,
    [FromQuery] int? Page,
    [FromQuery] int? PageSize,
    [FromQuery] DateTime? AsOf)
{
    public SiteStateQuery ToQuery() => new() { Name = Name, Sort = Sort, Desc = Desc ?? false, Page = Page, PageSize = PageSize, AsOfUtc = AsOf };
}
