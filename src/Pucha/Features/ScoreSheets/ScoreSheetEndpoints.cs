using Pucha.Common;
using Pucha.Data.ScoreSheets;

namespace Pucha.Features.ScoreSheets;

/// <summary>/api/v1 score sheets: history, start, read, save/submit, and the .xlsx exports.</summary>
public static class ScoreSheetEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IServiceCollection AddScoreSheetsFeature(this IServiceCollection services) => services
        .AddScoped<ScoreSheetService>()
        .AddScoped<ScoreSheetExports>()
        .AddScoped<SelfCheckThrottle>()
        .AddSingleton<SelfCheckAccess>();

    public static IEndpointRouteBuilder MapScoreSheetEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").RequireAuthorization().WithTags("评分表");

        api.MapGet("/websites/{id:int}/score-sheets", async (int id, ScoreSheetService sheets, CancellationToken cancellation) =>
                await sheets.HistoryAsync(id, cancellation) is { } history
                    ? Results.Ok(history.ConvertAll(s => ScoreSheetDto.From(s, "")))
                    : ApiResults.NotFound())
            .Produces<List<ScoreSheetDto>>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListScoreSheets").WithSummary("网站的全部评分表（自查、检查、抽查），新的在前");

        api.MapPost("/websites/{id:int}/score-sheets", async (int id, StartSheetInput input, ScoreSheetService sheets, HttpContext http,
                    CancellationToken cancellation) =>
                ApiResults.From(await sheets.StartInspectionAsync(id, input.Kind, http.User.Identity?.Name ?? "", cancellation, input.IndicatorSet),
                    sheet => TypedResults.Created($"/api/v1/score-sheets/{sheet.Id}", ScoreSheetDto.From(sheet, ""))))
            .Accepts<StartSheetInput>("application/json")
            .Produces<ScoreSheetDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem()
            .WithName("StartScoreSheet").WithSummary("发起检查（Inspection）或抽查（SpotCheck）评分表，按最近一次系统检查预填");

        api.MapPost("/websites/{id:int}/self-check", async (int id, ScoreSheetService sheets, Authorization.AccessScope scope, HttpContext http,
                    CancellationToken cancellation) =>
            {
                if (await sheets.FindSiteAsync(id, cancellation) is null)
                    return ApiResults.NotFound();
                if (!scope.IsReportingUnit)
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权操作", detail: "自查表由填报单位填写。");
                return Results.Ok(ScoreSheetDto.From(await sheets.OpenSelfCheckAsync(id, http.User.Identity?.Name ?? "", cancellation)));
            })
            .Produces<ScoreSheetDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("OpenSelfCheck").WithSummary("填报单位打开本网站的自查表（没有时新建）");

        api.MapGet("/score-sheets/{sheetId:long}", async (long sheetId, ScoreSheetService sheets, CancellationToken cancellation) =>
                await sheets.FindAsync(sheetId, cancellation) is { } view ? Results.Ok(ScoreSheetDto.From(view)) : ApiResults.NotFound())
            .Produces<ScoreSheetDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetScoreSheet").WithSummary("评分表及其逐项得分、证据和评判人");

        api.MapPut("/score-sheets/{sheetId:long}", async (long sheetId, SheetSaveInput input, ScoreSheetService sheets, HttpContext http,
                    CancellationToken cancellation) =>
                ApiResults.From(await sheets.SaveAsync(sheetId, input, http.User.Identity?.Name ?? "", cancellation),
                    view => TypedResults.Ok(ScoreSheetDto.From(view))))
            .Accepts<SheetSaveInput>("application/json")
            .Produces<ScoreSheetDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SaveScoreSheet").WithSummary("保存评分表（submit=true 时提交；已提交的评分表不能修改，返回 409 并记入审计日志）");

        api.MapGet("/score-sheets/{sheetId:long}/xlsx", async (long sheetId, ScoreSheetExports exports, CancellationToken cancellation) =>
                await exports.SheetAsync(sheetId, cancellation) is { } file
                    ? Results.File(file.Content, XlsxType, file.Name)
                    : ApiResults.NotFound())
            .Produces(StatusCodes.Status200OK, contentType: XlsxType).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ExportScoreSheet").WithSummary("导出评分表（.xlsx，按官方表格式）");

        api.MapGet("/organizations/{id:int}/score-report", async (int id, ScoreSheetKind? kind, ScoreSheetExports exports, CancellationToken cancellation) =>
                await exports.ReportAsync(id, kind ?? ScoreSheetKind.Inspection, cancellation) is { } file
                    ? Results.File(file.Content, XlsxType, file.Name)
                    : ApiResults.NotFound())
            .Produces(StatusCodes.Status200OK, contentType: XlsxType).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ExportScoreReport").WithSummary("导出上报表：组织单位下辖网站最近一次已提交的评分（kind=SelfCheck|Inspection|SpotCheck）");

        return routes;
    }
}

/// <summary>Body of a new 检查/抽查 sheet.</summary>
/// <summary>发起检查/抽查: the kind, and the table to score against (website-2019 by default, or census-2015; aliases 2019, 2015).</summary>
public sealed record StartSheetInput(ScoreSheetKind Kind, string? IndicatorSet = null);
