using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Monitoring.Dashboard;

namespace Pucha.Pages.Monitoring;

public sealed class SiteModel(SiteMonitoringReader reader) : PageModel
{
    public SiteMonitoring Site { get; private set; } = null!;

    /// <summary>The JSON the charts draw, for the same site and as-of point as the tables.</summary>
    public string DataUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, DateTime? asOf, CancellationToken cancellation)
    {
        if (await reader.SiteAsync(id, asOf, cancellation) is not { } site)
            return NotFound();
        Site = site;
        DataUrl = $"/api/v1/monitoring/sites/{id}?asOf={Uri.EscapeDataString(site.AsOfUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))}";
        return Page();
    }

    public static string Beijing(DateTime utc) =>
        (utc + Core.Monitoring.HomepageUpdateReport.BeijingOffset).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
