using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Pucha.Features.Campaigns;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;

namespace Pucha.Features.Campaigns;

/// <summary>A campaign's phases and deadlines, and the progress board of one organizer with drill-down.</summary>
public sealed class DetailsModel(CampaignDirectory directory) : PageModel
{
    public CampaignProgress Progress { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? org, CancellationToken cancellation)
    {
        if (await directory.ProgressAsync(id, org, cancellation) is not { } progress)
            return NotFound();
        Progress = progress;
        return Page();
    }

    /// <summary>This board at another unit.</summary>
    public string BoardLink(int organizationId) => $"/Campaigns/Details/{Progress.Campaign.Campaign.Id}?org={organizationId}";

    /// <summary>The review desk listing a unit's subtree in one state, or its 逾期 records (the desk is the census review page).</summary>
    public string DeskLink(int organizationId, CensusStatus? status, bool late = false)
    {
        var parameters = new Dictionary<string, string?> { ["org"] = organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (status is { } s)
            parameters["status"] = s.ToString();
        if (late)
        {
            parameters["late"] = "true";
            parameters["campaign"] = Progress.Campaign.Campaign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/Census/Review", parameters);
    }

    public static bool CanDrillInto(OrganizationKind kind) => kind != OrganizationKind.ReportingUnit;
}
