using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Websites;
using Pucha.Data.Inspections;
using Pucha.Features.Inspections;
using Pucha.Inspection.Findings;

namespace Pucha.Features.Inspections;

/// <summary>A site's automated inspections (系统扫描): the runs, the latest findings, and 立即检查 for organizers.</summary>
public sealed class SiteModel(InspectionDesk desk) : PageModel
{
    /// <summary>Findings shown on the page; the JSON API has them all.</summary>
    public const int MaxShownFindings = 500;

    public Website Site { get; private set; } = null!;

    public List<InspectionRun> Runs { get; private set; } = [];

    public InspectionRun? Latest { get; private set; }

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, long? run, CancellationToken cancellation)
    {
        var site = await desk.FindSiteAsync(id, cancellation);
        var runs = await desk.ListAsync(id, cancellation);
        if (site is null || runs is null)
            return NotFound();
        Site = site;
        Runs = runs;
        var shownId = run ?? runs.FirstOrDefault(r => r.Status == InspectionRunStatus.Completed)?.Id;
        if (shownId is { } shown && await desk.FindRunAsync(shown, cancellation) is { } detail && detail.SiteId == id)
        {
            Latest = detail;
            Findings = StoredFindings.Read(detail.FindingsJson);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        var outcome = await desk.StartAsync(id, User.Identity?.Name ?? "", cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = outcome.Value!.Status == InspectionRunStatus.Queued ? "已加入检查队列，完成后刷新本页查看结果。" : "该网站正在检查中。";
                return RedirectToPage("/Inspections/Site", new { id });
            case OutcomeKind.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}
