using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Features.Accounts;

namespace Pucha.Features.Accounts;

[ResponseCache(NoStore = true)]
public sealed class IndexModel(AccountAdministration administration, AccessScope scope) : PageModel
{
    public PagedList<AccountRow> Accounts { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>Set right after a reset: the new password, shown in this one response only.</summary>
    public IssuedPassword? Issued { get; private set; }

    public bool IsLocked(AccountRow row) => administration.IsLocked(row);

    public int? OwnAccountId => scope.AccountId;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellation)
    {
        if (!scope.CanManageUnits)
            return Forbid();
        Accounts = await administration.ListAsync(Search, page, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(int id, CancellationToken cancellation)
    {
        var outcome = await administration.ResetPasswordAsync(id, cancellation);
        if (!outcome.IsOk)
            return outcome.Kind == OutcomeKind.NotFound ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        Issued = outcome.Value;
        Accounts = await administration.ListAsync(Search, 1, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(int id, CancellationToken cancellation)
    {
        var outcome = await administration.UnlockAsync(id, cancellation);
        if (!outcome.IsOk)
            return outcome.Kind == OutcomeKind.NotFound ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        TempData["Message"] = $"已解锁账号 {outcome.Value!.UserName}。";
        return RedirectToPage("/Accounts/Index");
    }

    public Task<IActionResult> OnPostDisableAsync(int id, CancellationToken cancellation) => ToggleAsync(id, disabled: true, cancellation);

    public Task<IActionResult> OnPostEnableAsync(int id, CancellationToken cancellation) => ToggleAsync(id, disabled: false, cancellation);

    private async Task<IActionResult> ToggleAsync(int id, bool disabled, CancellationToken cancellation)
    {
        var outcome = await administration.SetDisabledAsync(id, disabled, cancellation);
        if (!outcome.IsOk)
            return outcome.Kind == OutcomeKind.NotFound ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        TempData["Message"] = $"{(disabled ? "已停用" : "已启用")}账号 {outcome.Value!.UserName}。";
        return RedirectToPage("/Accounts/Index");
    }
}
