using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Organizations;
using Pucha.Features.Accounts;
using Pucha.Features.Organizations;

namespace Pucha.Features.Accounts;

[ResponseCache(NoStore = true)]
public sealed class CreateModel(AccountAdministration administration, OrganizationDirectory directory, AccessScope scope) : PageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public List<Organization> Units { get; private set; } = [];

    public IssuedPassword? Issued { get; private set; }

    public string? UnitName { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? organizationId, CancellationToken cancellation)
    {
        if (!scope.CanManageUnits)
            return Forbid();
        Input = Input with { OrganizationId = organizationId };
        Units = await directory.SubtreeAsync(cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        var outcome = await administration.CreateAsync(Input, cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                Issued = outcome.Value;
                Units = await directory.SubtreeAsync(cancellation);
                UnitName = Units.FirstOrDefault(u => u.Id == Issued!.Account.OrganizationId)?.Name;
                return Page();
            case OutcomeKind.Invalid:
                PageErrors.Add(ModelState, nameof(Input), outcome.Errors);
                Input = Input with { InitialPassword = null };
                Units = await directory.SubtreeAsync(cancellation);
                return Page();
            default:
                return StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
