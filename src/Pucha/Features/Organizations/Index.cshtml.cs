using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Authorization;
using Pucha.Core.Organizations;
using Pucha.Features.Organizations;

namespace Pucha.Features.Organizations;

public sealed class IndexModel(OrganizationDirectory directory, AccessScope scope) : PageModel
{
    public const int Limit = 5000;

    public List<Organization> Units { get; private set; } = [];
    public int TopDepth { get; private set; }
    public bool Truncated { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (!scope.CanManageUnits)
            return Forbid();
        Units = await directory.SubtreeAsync(cancellation, Limit + 1);
        Truncated = Units.Count > Limit;
        if (Truncated)
            Units.RemoveAt(Units.Count - 1);
        TopDepth = Units.Count == 0 ? 1 : Units.Min(u => OrganizationPath.Depth(u.Path));
        return Page();
    }
}
