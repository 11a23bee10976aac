using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Organizations;
using Pucha.Features.Organizations;

namespace Pucha.Features.Organizations;

/// <summary>编辑单位: name, contacts and the codes its kind carries; 停用 / 启用 the unit.</summary>
public sealed class EditModel(OrganizationDirectory directory, AccessScope scope) : PageModel
{
    [BindProperty]
    public OrganizationUpdate Input { get; set; } = new();

    public Organization? Unit { get; private set; }

    /// <summary>Why nothing was saved when it is not a field's fault (a concurrent change, a forbidden step).</summary>
    public string? Problem { get; private set; }

    public bool CanToggle => Unit is { ParentId: not null } unit && unit.Id != scope.OrganizationId;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        if (!scope.CanManageUnits)
            return Forbid();
        Unit = await directory.FindAsync(id, cancellation);
        if (Unit is null)
            return NotFound();
        Input = FormOf(Unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        if (!ModelState.IsValid)
            return await RedisplayAsync(id, cancellation);
        var outcome = await directory.UpdateAsync(id, Input, cancellation);
        return await AfterAsync(id, outcome, $"已保存单位：{outcome.Value?.Name}", cancellation);
    }

    public async Task<IActionResult> OnPostDisableAsync(int id, int version, CancellationToken cancellation) =>
        await ToggleAsync(id, version, disabled: true, cancellation);

    public async Task<IActionResult> OnPostEnableAsync(int id, int version, CancellationToken cancellation) =>
        await ToggleAsync(id, version, disabled: false, cancellation);

    private async Task<IActionResult> ToggleAsync(int id, int version, bool disabled, CancellationToken cancellation)
    {
        var outcome = await directory.SetDisabledAsync(id, disabled, version, cancellation);
        var done = disabled ? "已停用" : "已启用";
        var result = await AfterAsync(id, outcome, $"{done}单位：{outcome.Value?.Name}", cancellation);
        // The toggle posts no form fields: show the unit as it is stored.
        if (Unit is not null)
            Input = FormOf(Unit);
        return result;
    }

    private static OrganizationUpdate FormOf(Organization unit) => new()
    {
        Version = unit.Version, Name = unit.Name, RegionCode = unit.RegionCode ?? "", DepartmentCode = unit.DepartmentCode ?? "",
        ContactName = unit.ContactName, ContactPhone = unit.ContactPhone, ContactEmail = unit.ContactEmail, Address = unit.Address,
    };

    private async Task<IActionResult> AfterAsync(int id, Outcome<Organization> outcome, string message, CancellationToken cancellation)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = message;
                return RedirectToPage("/Organizations/Index");
            case OutcomeKind.Invalid:
                PageErrors.Add(ModelState, nameof(Input), outcome.Errors);
                return await RedisplayAsync(id, cancellation);
            case OutcomeKind.Conflict:
                Problem = outcome.Message;
                return await RedisplayAsync(id, cancellation);
            case OutcomeKind.Forbidden:
                // Inside the caller's scope, so saying why leaks nothing.
                if (scope.CanManageUnits && await directory.FindAsync(id, cancellation) is not null)
                {
                    Problem = outcome.Message;
                    return await RedisplayAsync(id, cancellation);
                }

                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken cancellation)
    {
        Unit = await directory.FindAsync(id, cancellation);
        return Unit is null ? NotFound() : Page();
    }
}
