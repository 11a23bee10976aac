using Microsoft.Extensions.DependencyInjection.Extensions;
using Pucha.Common;
using Pucha.Hosting;
using Quartz;

namespace Pucha.Features.Inspections;

/// <summary>Stored inspections: services, the weekly Quartz job, and /api/v1 endpoints.</summary>
public static class InspectionsFeature
{
    /// <summary>Settings, the run service and its wake-up signal (the web host and `pucha worker` both need them).</summary>
    public static IServiceCollection AddInspections(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(InspectionSettings)))
            return services;
        services.AddCheckedOptions<InspectionSettings>(configuration, InspectionSettings.SectionName, settings => settings.Validate());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InspectionSignal>();
        services.AddScoped<SiteInspectionService>();
        return services;
    }

    /// <summary>The weekly full inspection on the monitoring scheduler (in memory on SQLite, clustered on PostgreSQL).</summary>
    public static void ScheduleWeeklyInspection(this IQuartzBuilder quartz, InspectionSettings settings) =>
        quartz.ScheduleJob<WeeklyInspectionJob>(
            trigger => trigger.WithIdentity("weekly-inspection", "inspection").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(settings.CheckEveryMinutes)).RepeatForever()),
            job => job.WithIdentity(WeeklyInspectionJob.Key));

    public static IEndpointRouteBuilder MapInspectionEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").RequireAuthorization().WithTags("检查");

        api.MapPost("/websites/{id:int}/inspections", async (int id, InspectionDesk desk, HttpContext http, CancellationToken cancellation) =>
                ApiResults.From(await desk.StartAsync(id, http.User.Identity?.Name ?? "", cancellation),
                    run => TypedResults.Accepted($"/api/v1/inspections/{run.Id}", InspectionRunDto.From(run))))
            .Produces<InspectionRunDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("StartInspection").WithSummary("立即检查：把网站加入检查队列（已在排队或检查中时返回该次检查）");

        api.MapGet("/websites/{id:int}/inspections", async (int id, InspectionDesk desk, CancellationToken cancellation) =>
                await desk.ListAsync(id, cancellation) is { } runs ? Results.Ok(runs.ConvertAll(r => InspectionRunDto.From(r))) : ApiResults.NotFound())
            .Produces<List<InspectionRunDto>>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListInspections").WithSummary("网站的检查记录（最近50次，新的在前）");

        api.MapGet("/inspections/{runId:long}", async (long runId, InspectionDesk desk, CancellationToken cancellation) =>
                await desk.FindRunAsync(runId, cancellation) is { } run ? Results.Ok(InspectionRunDto.From(run, withFindings: true)) : ApiResults.NotFound())
            .Produces<InspectionRunDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetInspection").WithSummary("一次检查及其发现（含证据）");

        return routes;
    }
}
