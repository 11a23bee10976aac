using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Core;
using Pucha.Core.Census;
using Pucha.Core.Websites;
using Pucha.Features.Census.Desk;

namespace Pucha.Features.Census;

/// <summary>
/// 填报与提交: one site's census record for its unit (and its organizers) — state, the 退回原因 when it
/// was returned, 校验 of the stored forms, 提交 / 重新提交, and the review history.
/// </summary>
public sealed class SubmitModel(CensusDesk desk) : PageModel
{
    public Website Site { get; private set; } = null!;

    public List<ReviewHistoryEntry> History { get; private set; } = [];

    /// <summary>The latest 退回原因 while the record is 退回.</summary>
    public ReviewHistoryEntry? LastReturn { get; private set; }

    /// <summary>Problems found by 校验 (null: not validated on this request).</summary>
    public IReadOnlyDictionary<string, string>? Problems { get; private set; }

    [TempData]
    public string? SubmitError { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation) =>
        await LoadAsync(id, cancellation) ? Page() : NotFound();

    /// <summary>校验: the stored forms against the rules of submission, shown on the page; nothing changes.</summary>
    public async Task<IActionResult> OnPostValidateAsync(int id, CancellationToken cancellation)
    {
        if (!await LoadAsync(id, cancellation))
            return NotFound();
        Problems = desk.Validate(Site);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, int version, CancellationToken cancellation)
    {
        var result = await desk.SubmitAsync(id, version, cancellation);
        if (result.Kind == OutcomeKind.NotFound)
            return NotFound();
        if (result.IsOk)
            TempData["Message"] = result.Message;
        else
            SubmitError = result.Message;
        return RedirectToPage("/Census/Submit", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellation)
    {
        if (await desk.SiteAsync(id, cancellation) is not { } found)
            return false;
        Site = found.Site;
        History = found.History;
        LastReturn = Site.Status == CensusStatus.Returned ? History.LastOrDefault(h => h.Action == ReviewAction.Return) : null;
        return true;
    }

    public static string FieldLabel(string field) =>
        Pucha.Features.Websites.WebsiteFormFields.Groups.SelectMany(g => g.Fields).FirstOrDefault(f => f.Name == field)?.Label ?? field;
}
