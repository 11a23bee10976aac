using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Common;
using Pucha.Core;
using Pucha.Data.ScoreSheets;
using Pucha.Features.ScoreSheets;

namespace Pucha.Features.ScoreSheets;

/// <summary>
/// One sheet: read-only for those who only see it; for the inspecting organizer a form to confirm or
/// override each machine finding and enter the manual indicators, save, and submit (submitting locks it).
/// </summary>
public sealed class EditModel(ScoreSheetService sheets) : PageModel
{
    [BindProperty]
    public List<SheetEntryInput> Entries { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public SheetForm Form { get; private set; } = null!;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellation)
    {
        var view = await sheets.FindAsync(id, cancellation);
        if (view is null)
            return NotFound();
        Show(view, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, bool submit, CancellationToken cancellation)
    {
        var outcome = await sheets.SaveAsync(id, new SheetSaveInput { Entries = Entries, Version = Version, Submit = submit }, User.Identity?.Name ?? "",
            cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = submit ? "评分表已提交，提交后不能修改。" : "已保存。";
                return RedirectToPage("/ScoreSheets/Edit", new { id });
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return Forbid();
            case OutcomeKind.Invalid:
                Problem = outcome.Message;
                Show((await sheets.FindAsync(id, cancellation))!, outcome.Errors);
                return Page();
            default:
                Problem = outcome.Message;
                Show((await sheets.FindAsync(id, cancellation))!, null);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    private void Show(SheetView view, IReadOnlyDictionary<string, string>? errors)
    {
        Version = view.Sheet.Version;
        var editable = !view.IsSubmitted && view.Sheet.Kind != ScoreSheetKind.SelfCheck && sheets.CanEdit(view.Sheet);
        Form = new SheetForm(view, editable, errors ?? new Dictionary<string, string>());
    }
}
