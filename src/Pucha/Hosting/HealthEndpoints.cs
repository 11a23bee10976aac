using Pucha.Data;

namespace Pucha.Hosting;

/// <summary>GET /healthz: 200 when the database answers, 503 otherwise. For load balancers and monitors.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", async (PuchaDbContext db, CancellationToken cancellation) =>
            {
                bool up;
                try
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                    timeout.CancelAfter(TimeSpan.FromSeconds(5));
                    up = await db.Database.CanConnectAsync(timeout.Token);
                }
                catch (Exception) when (!cancellation.IsCancellationRequested)
                {
                    up = false;
                }

                return up
                    ? Results.Json(new { status = "ok" })
                    : Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return routes;
    }
}
