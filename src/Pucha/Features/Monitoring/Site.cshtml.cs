using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Monitoring;
using Pucha.Features.Monitoring.Cadence;
using Pucha.Features.Monitoring.Dashboard;

namespace Pucha.Features.Monitoring;

public sealed class SiteModel(SiteMonitoringReader reader, SiteCadenceService cadences) : PageModel
{
    public SiteMonitoring Site { get; private set; } = null!;

    /// <summary>The JSON the charts draw, for the same site and as-of point as the tables.</summary>
    public string DataUrl { get; private set; } = "";

    /// <summary>The site's monitoring cadence (own, inherited, in force).</summary>
    public SiteCadenceView Cadence { get; private set; } = null!;

    /// <summary>The cadence form (监测频次); empty fields inherit.</summary>
    [BindProperty]
    public CadenceInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, DateTime? asOf, CancellationToken cancellation)
    {
        if (!await LoadAsync(id, asOf, cancellation))
            return NotFound();
        Input = new CadenceInput { ProbesPerDay = Cadence.Own.ProbesPerDay, SnapshotsPerDay = Cadence.Own.SnapshotsPerDay, ColumnChecksPerDay = Cadence.Own.ColumnChecksPerDay };
        return Page();
    }

    public async Task<IActionResult> OnPostCadenceAsync(int id, CancellationToken cancellation)
    {
        var outcome = await cadences.SetAsync(id, new CadenceSettings(Input.ProbesPerDay, Input.SnapshotsPerDay, Input.ColumnChecksPerDay), cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = "已保存监测频次，将在下一个监测周期（约1分钟内）生效。";
                return RedirectToPage("/Monitoring/Site", null, new { id }, "cadence");
            case OutcomeKind.Invalid:
                PageErrors.Add(ModelState, nameof(Input), outcome.Errors);
                break;
            case OutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                return NotFound();
        }

        return await LoadAsync(id, null, cancellation) ? Page() : NotFound();
    }

    public static string Beijing(DateTime utc) =>
        BeijingTime.Format(utc, "yyyy-MM-dd HH:mm:ss");

    private async Task<bool> LoadAsync(int id, DateTime? asOf, CancellationToken cancellation)
    {
        if (await reader.SiteAsync(id, asOf, cancellation) is not { } site || await cadences.GetAsync(id, cancellation) is not { } cadence)
            return false;
        Site = site;
        Cadence = cadence;
        DataUrl = $"/api/v1/monitoring/sites/{id}?asOf={Uri.EscapeDataString(site.AsOfUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))}";
        return true;
    }

    public sealed record CadenceInput
    {
        public int? ProbesPerDay { get; init; }

        public int? SnapshotsPerDay { get; init; }

        public int? ColumnChecksPerDay { get; init; }
    }
}
