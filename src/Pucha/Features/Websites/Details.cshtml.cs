using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Core.Columns;
using Pucha.Core.Websites;
using Pucha.Features.Organizations;
using Pucha.Features.Websites;

namespace Pucha.Features.Websites;

public sealed class DetailsModel(WebsiteDirectory registry, OrganizationDirectory directory) : PageModel
{
    public Website Site { get; private set; } = null!;

    public string? UnitName { get; private set; }

    public Dictionary<ColumnKind, ColumnCellsInput> Columns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var site = await registry.FindAsync(id, cancellation);
        if (site is null)
            return NotFound();
        Site = site;
        UnitName = (await directory.FindAsync(site.OrganizationId, cancellation))?.Name;
        Columns = WebsiteDto.ColumnRows(site.Columns);
        return Page();
    }
}
