using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Organizations;
using Pucha.Features.Organizations;

namespace Pucha.Features.Organizations;

public sealed class CreateModel(OrganizationDirectory directory, AccessScope scope) : PageModel
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public List<Organization> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? parentId, CancellationToken cancellation)
    {
        if (!scope.CanManageUnits)
            return Forbid();
        Input = Input with { ParentId = parentId };
        await LoadParentsAsync(cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (!ModelState.IsValid)
            return await RedisplayAsync(cancellation);
        var outcome = await directory.CreateAsync(Input, cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = $"已创建单位：{outcome.Value!.Name}";
                return RedirectToPage("/Organizations/Index");
            case OutcomeKind.Invalid:
                PageErrors.Add(ModelState, nameof(Input), outcome.Errors);
                return await RedisplayAsync(cancellation);
            case OutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellation)
    {
        await LoadParentsAsync(cancellation);
        return Page();
    }

    private async Task LoadParentsAsync(CancellationToken cancellation) =>
        Parents = (await directory.SubtreeAsync(cancellation)).Where(o => o.Kind != OrganizationKind.ReportingUnit).ToList();
}
