using Microsoft.AspNetCore.Http.HttpResults;
using Pucha.Common;
using Pucha.Core.Organizations;

namespace Pucha.Features.Organizations;

/// <summary>/api/v1/organizations: the units of the caller's subtree.</summary>
public static class OrganizationEndpoints
{
    public static IServiceCollection AddOrganizationsFeature(this IServiceCollection services) =>
        services.AddScoped<OrganizationDirectory>().AddScoped<Pucha.Data.Organizations.OrganizationStore>();

    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/organizations").RequireAuthorization().WithTags("组织机构");

        api.MapGet("/", async (OrganizationDirectory directory, int? parentId, OrganizationKind? kind, string? name, string? region,
                int? page, int? pageSize, CancellationToken cancellation) =>
            {
                var list = await directory.ListAsync(new OrganizationQuery(parentId, kind, name, region, page, pageSize), cancellation);
                return TypedResults.Ok(new PagedList<OrganizationDto>(list.Items.Select(OrganizationDto.From).ToList(), list.Total, list.Page, list.PageSize));
            })
            .WithName("ListOrganizations").WithSummary("本单位及下级单位列表（分页）");

        api.MapGet("/{id:int}", async Task<Results<Ok<OrganizationDto>, ProblemHttpResult>> (int id, OrganizationDirectory directory, CancellationToken cancellation) =>
                await directory.FindAsync(id, cancellation) is { } unit
                    ? TypedResults.Ok(OrganizationDto.From(unit))
                    : (ProblemHttpResult)ApiResults.NotFound())
            .WithName("GetOrganization").WithSummary("单位详情");

        api.MapPost("/", async (OrganizationInput input, OrganizationDirectory directory, CancellationToken cancellation) =>
                ApiResults.From(await directory.CreateAsync(input, cancellation),
                    unit => TypedResults.Created($"/api/v1/organizations/{unit.Id}", OrganizationDto.From(unit))))
            .Accepts<OrganizationInput>("application/json")
            .Produces<OrganizationDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("CreateOrganization").WithSummary("在本单位或下级单位之下创建组织单位或填报单位");

        api.MapPut("/{id:int}", async (int id, OrganizationUpdate input, OrganizationDirectory directory, CancellationToken cancellation) =>
                ApiResults.From(await directory.UpdateAsync(id, input, cancellation), unit => TypedResults.Ok(OrganizationDto.From(unit))))
            .Accepts<OrganizationUpdate>("application/json")
            .Produces<OrganizationDto>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateOrganization").WithSummary("修改单位名称、联系方式及行政区划代码/部门代码（须带上读取时的 version；已被他人修改时返回 409）");

        return routes;
    }
}
