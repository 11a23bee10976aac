using Pucha.Common;

namespace Pucha.Features.Campaigns;

/// <summary>/api/v1/campaigns: census campaigns and their progress boards, within the caller's scope.</summary>
public static class CampaignEndpoints
{
    public static IServiceCollection AddCampaignsFeature(this IServiceCollection services) =>
        services.AddScoped<CampaignDirectory>();

    public static IEndpointRouteBuilder MapCampaignEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/campaigns").RequireAuthorization().WithTags("普查活动");

        api.MapGet("/", async (CampaignDirectory directory, CancellationToken cancellation) =>
                TypedResults.Ok((await directory.ListAsync(cancellation)).Select(CampaignDto.From).ToList()))
            .WithName("ListCampaigns").WithSummary("本单位所在及管辖范围内的普查活动，含当前阶段");

        api.MapGet("/{id:int}", async (int id, CampaignDirectory directory, CancellationToken cancellation) =>
                await directory.FindAsync(id, cancellation) is { } campaign ? Results.Ok(CampaignDto.From(campaign)) : ApiResults.NotFound())
            .Produces<CampaignDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetCampaign").WithSummary("普查活动：各阶段起止日期、各级截止日期、当前阶段");

        api.MapGet("/{id:int}/progress", async (int id, int? org, CampaignDirectory directory, CancellationToken cancellation) =>
                await directory.ProgressAsync(id, org, cancellation) is { } progress
                    ? Results.Ok(CampaignProgressDto.From(progress))
                    : ApiResults.NotFound())
            .Produces<CampaignProgressDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetCampaignProgress").WithSummary("进度：某单位各直属下级的未提交、未审核、退回、审核通过、逾期数量（org 缺省为本单位）");

        api.MapPost("/", async (CampaignInput input, CampaignDirectory directory, CancellationToken cancellation) =>
                ApiResults.From(await directory.CreateAsync(input, cancellation),
                    campaign => TypedResults.Created($"/api/v1/campaigns/{campaign.Campaign.Id}", CampaignDto.From(campaign))))
            .Accepts<CampaignInput>("application/json")
            .Produces<CampaignDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("CreateCampaign").WithSummary("创建普查活动（平台管理员，或国务院办公厅、省级、部委组织单位为本单位创建）");

        api.MapPut("/{id:int}", async (int id, CampaignInput input, CampaignDirectory directory, CancellationToken cancellation) =>
                ApiResults.From(await directory.UpdateAsync(id, input, cancellation), campaign => TypedResults.Ok(CampaignDto.From(campaign))))
            .Accepts<CampaignInput>("application/json")
            .Produces<CampaignDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateCampaign").WithSummary("修改普查活动（须带上读取时的 version；已被他人修改时返回 409）");

        return routes;
    }
}
