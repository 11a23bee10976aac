using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Websites;
using Pucha.Data.ScoreSheets;
using Pucha.Features.ScoreSheets;

namespace Pucha.Features.ScoreSheets;

/// <summary>A site's score sheets: history of every sheet, 自查 and 检查 side by side, and starting a 检查/抽查.</summary>
public sealed class SiteModel(ScoreSheetService sheets, AccessScope scope) : PageModel
{
    public Website Site { get; private set; } = null!;

    public List<SiteScoreSheet> History { get; private set; } = [];

    public SheetView? SelfCheck { get; private set; }

    public SheetView? Inspection { get; private set; }

    public bool CanInspect => scope.CanManageUnits && scope.OrganizationId is not null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var site = await sheets.FindSiteAsync(id, cancellation);
        var history = await sheets.HistoryAsync(id, cancellation);
        var compared = await sheets.CompareAsync(id, cancellation);
        if (site is null || history is null || compared is null)
            return NotFound();
        Site = site;
        History = history;
        (SelfCheck, Inspection) = compared.Value;
        return Page();
    }

    /// <summary>发起检查 / 发起抽查.</summary>
    public async Task<IActionResult> OnPostAsync(int id, ScoreSheetKind kind, string? indicatorSet, CancellationToken cancellation)
    {
        var outcome = await sheets.StartInspectionAsync(id, kind, User.Identity?.Name ?? "", cancellation, indicatorSet);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => RedirectToPage("/ScoreSheets/Edit", new { id = outcome.Value!.Id }),
            OutcomeKind.Forbidden => Forbid(),
            OutcomeKind.Invalid => BadRequest(),
            _ => NotFound(),
        };
    }
}
