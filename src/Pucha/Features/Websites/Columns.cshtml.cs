using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Columns;
using Pucha.Features.Websites;

namespace Pucha.Features.Websites;

/// <summary>Edits the fourteen rows of 附件4 at once; all are validated before anything is written.</summary>
public sealed class ColumnsModel(WebsiteDirectory registry) : PageModel
{
    [BindProperty]
    public Dictionary<ColumnKind, ColumnCellsInput> Rows { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public int Id { get; private set; }

    public string SiteName { get; private set; } = "";

    public string? Problem { get; private set; }

    /// <summary>What the review state means for this edit (in review: cannot be saved; approved: goes back to 未提交).</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var site = await registry.FindAsync(id, cancellation);
        if (site is null)
            return NotFound();
        (Id, SiteName, Version) = (site.Id, site.Name, site.Version);
        Rows = WebsiteDto.ColumnRows(site.Columns);
        if (site.Columns.Count == 0)
            Rows = ColumnKinds.All.ToDictionary(k => k, _ => new ColumnCellsInput("", ""));
        Notice = await registry.EditDecisionAsync(site, cancellation) switch
        {
            { Saves: false, Message: var refusal } => refusal,
            { Kind: Pucha.Core.Census.RegistryEditKind.Reopens } => Pucha.Core.Census.RegistryEditRule.ReopenWarning,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        var site = await registry.FindAsync(id, cancellation);
        if (site is null)
            return NotFound();
        (Id, SiteName) = (site.Id, site.Name);

        var outcome = await registry.UpdateColumnsAsync(id, Version, Rows, cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = "栏目（系统）信息已保存。" + outcome.Message;
                return RedirectToPage("/Websites/Details", new { id });
            case OutcomeKind.Invalid:
                foreach (var (field, message) in outcome.Errors)
                    ModelState.AddModelError("Rows." + field.Replace("Columns.", "", StringComparison.Ordinal), message);
                return Page();
            case OutcomeKind.Conflict:
                Problem = outcome.Message;
                return Page();
            case OutcomeKind.Forbidden:
                Problem = outcome.Message;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                return NotFound();
        }
    }
}
