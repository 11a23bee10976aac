using Pucha.Common;
using Pucha.Core.Monitoring;

namespace Pucha.Features.Monitoring.Cadence;

/// <summary>/api/v1/monitoring/sites/{id}/cadence: a site's monitoring cadence (read by anyone in scope, set by organizers).</summary>
public static class SiteCadenceEndpoints
{
    public static IEndpointRouteBuilder MapSiteCadenceEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/monitoring/sites/{id:int}/cadence").RequireAuthorization().WithTags("持续监测");

        api.MapGet("", async (int id, SiteCadenceService cadences, CancellationToken cancellation) =>
                await cadences.GetAsync(id, cancellation) is { } view ? Results.Ok(view) : ApiResults.NotFound())
            .Produces<SiteCadenceView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSiteCadence")
            .WithSummary("网站的监测频次：本站设置（空为继承）、继承值（进行中的普查活动，否则平台默认）与实际执行值");

        api.MapPut("", async (int id, CadenceSettings body, SiteCadenceService cadences, CancellationToken cancellation) =>
                ApiResults.From(await cadences.SetAsync(id, body, cancellation), view => Results.Ok(view)))
            .Produces<SiteCadenceView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("SetSiteCadence")
            .WithSummary("设置网站的监测频次：每日可用性探测20–288次、首页快照1–24次、栏目检查1–24次，均须整除86400秒；全部留空则恢复继承");

        return routes;
    }
}
