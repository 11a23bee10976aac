using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Features.Census;
using Pucha.Features.Census.Desk;

namespace Pucha.Features.Census;

/// <summary>
/// 审核台 (渝府办发〔2015〕52号 附件1 二(三)): the organizer's review list of its subtree with the official form's columns,
/// filtered by state, region and unit, paged; 编辑, 审核, 退回, 重命名 and 提交 per record; import and
/// the 上报表 export of the filtered list. Every action redirects back to the same list with its
/// outcome (post/redirect/get), so a reload never repeats it.
/// </summary>
public sealed class ReviewModel(CensusDesk desk, RegistryExporter exporter, AccessScope scope, TimeProvider clock) : PageModel
{
    public DeskQuery Query { get; private set; } = new();

    public Organization Organizer { get; private set; } = null!;

    public PagedList<DeskRow> Rows { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    [TempData]
    public string? DeskError { get; set; }

    // "page" is also the Razor Pages route value (the page's path): read the number from the query string.
    public async Task<IActionResult> OnGetAsync(string? status, string? region, int? org, bool? mine, [FromQuery(Name = "page")] int? page, int? pageSize,
        CancellationToken cancellation)
    {
        if (scope.IsReportingUnit)
            return Forbid();
        Query = QueryOf(status, region, org, mine, page, pageSize);
        if (await desk.OrganizerAsync(Query.Org, cancellation) is not { } organizer)
            return NotFound();
        Organizer = organizer;
        Rows = await desk.ListAsync(Query, organizer, cancellation);
        return Page();
    }

    /// <summary>导出上报表: the filtered list (all pages) as the official registry workbook with its signature block.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? status, string? region, int? org, bool? mine, CancellationToken cancellation)
    {
        if (scope.IsReportingUnit)
            return Forbid();
        var query = QueryOf(status, region, org, mine, null, null);
        if (await desk.OrganizerAsync(query.Org, cancellation) is not { } organizer)
            return NotFound();
        var today = BeijingTime.DateOf(clock.GetUtcNow());
        var buffer = new MemoryStream();
        await exporter.ExportAsync(desk.Filter(query, organizer), organizer.Name, buffer, today, cancellation);
        buffer.Position = 0;
        return File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"政府网站基本信息上报表-{today:yyyyMMdd}.xlsx");
    }

    public Task<IActionResult> OnPostApproveAsync(int id, int version, CancellationToken cancellation) =>
        AfterAsync(desk.ApproveAsync(id, version, cancellation));

    public Task<IActionResult> OnPostReturnAsync(int id, int version, string? reason, CancellationToken cancellation) =>
        AfterAsync(desk.ReturnAsync(id, version, reason, cancellation));

    public Task<IActionResult> OnPostRenameAsync(int id, int version, string? name, CancellationToken cancellation) =>
        AfterAsync(desk.RenameAsync(id, version, name, cancellation));

    public Task<IActionResult> OnPostSubmitAsync(int id, int version, CancellationToken cancellation) =>
        AfterAsync(desk.SubmitAsync(id, version, cancellation));

    private async Task<IActionResult> AfterAsync(Task<Outcome<Pucha.Core.Websites.Website>> action)
    {
        if (scope.IsReportingUnit)
            return Forbid();
        var result = await action;
        if (result.Kind == OutcomeKind.NotFound)
            return NotFound();
        if (result.IsOk)
            TempData["Message"] = result.Message;
        else
            DeskError = result.Message;
        return LocalRedirect(ReturnUrl());
    }

    /// <summary>The list the action was taken from (the form posts it back in "returnTo"), else the plain desk.</summary>
    private string ReturnUrl()
    {
        var back = Request.Form["returnTo"].ToString();
        return back.StartsWith("/Census/Review", StringComparison.Ordinal) && Url.IsLocalUrl(back) ? back : "/Census/Review";
    }

    public static DeskQuery QueryOf(string? status, string? region, int? org, bool? mine, int? page, int? pageSize) => new()
    {
        Status = Enum.TryParse<CensusStatus>(status, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _) ? parsed : null,
        Region = region, Org = org, Mine = mine ?? false, Page = page, PageSize = pageSize,
    };

    /// <summary>The desk URL for a query (handler "Export" for the workbook): only the parameters that are set.</summary>
    public static string LinkTo(DeskQuery query, string? handler = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["handler"] = handler,
            ["status"] = query.Status?.ToString(), ["region"] = query.Region,
            ["org"] = query.Org?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["mine"] = query.Mine ? "true" : null,
            ["page"] = query.Page is > 1 ? query.Page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["pageSize"] = query.PageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Census/Review", parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
