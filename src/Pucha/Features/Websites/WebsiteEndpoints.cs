using Microsoft.AspNetCore.Mvc;
using Pucha.Common;
using Pucha.Core.Websites;

namespace Pucha.Features.Websites;

/// <summary>/api/v1/websites: the registry within the caller's subtree.</summary>
public static class WebsiteEndpoints
{
    public static IServiceCollection AddWebsitesFeature(this IServiceCollection services) =>
        services.AddScoped<WebsiteDirectory>();

    public static IEndpointRouteBuilder MapWebsiteEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/websites").RequireAuthorization().WithTags("网站");

        api.MapGet("/", async ([AsParameters] WebsiteListParameters parameters, WebsiteDirectory registry, CancellationToken cancellation) =>
                TypedResults.Ok(await registry.ListAsync(parameters.ToQuery(), cancellation)))
            .WithName("ListWebsites").WithSummary("网站列表：按名称、网址、网站标识码、地区、状态查询，排序、分页");

        api.MapGet("/{id:int}", async (int id, WebsiteDirectory registry, CancellationToken cancellation) =>
                await registry.FindAsync(id, cancellation) is { } site ? Results.Ok(WebsiteDto.From(site)) : ApiResults.NotFound())
            .Produces<WebsiteDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetWebsite").WithSummary("网站基本信息与栏目（系统）信息");

        api.MapPost("/", async (WebsiteInput input, WebsiteDirectory registry, CancellationToken cancellation) =>
                ApiResults.From(await registry.CreateAsync(input, cancellation),
                    site => TypedResults.Created($"/api/v1/websites/{site.Id}", WebsiteDto.From(site))))
            .Accepts<WebsiteInput>("application/json")
            .Produces<WebsiteDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("CreateWebsite").WithSummary("登记网站（政府网站基本信息表，可同时提交栏目（系统）基本信息表）");

        api.MapPut("/{id:int}", async (int id, WebsiteInput input, WebsiteDirectory registry, CancellationToken cancellation) =>
                ApiResults.From(await registry.UpdateAsync(id, input, cancellation), site => TypedResults.Ok(WebsiteDto.From(site))))
            .Accepts<WebsiteInput>("application/json")
            .Produces<WebsiteDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateWebsite").WithSummary("修改网站信息（须带上读取时的 version；已被他人修改时返回 409）");

        return routes;
    }
}

/// <summary>Query string of the website list.</summary>
public sealed record WebsiteListParameters(
    [FromQuery] string? Name,
    [FromQuery] string? Url,
    [FromQuery] string? SiteCode,
    [FromQuery] string? Region,
    [FromQuery] CensusStatus? Status,
    [FromQuery] string? Sort,
    [FromQuery] bool? Desc,
    [FromQuery] int? Page,
    [FromQuery] int? PageSize)
{
    public WebsiteListQuery ToQuery() => new()
    {
        Name = Name, Url = Url, SiteCode = SiteCode, Region = Region, Status = Status,
        Sort = Sort, Desc = Desc ?? false, Page = Page, PageSize = PageSize,
    };
}
