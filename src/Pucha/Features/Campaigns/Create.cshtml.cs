using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Organizations;
using Pucha.Features.Campaigns;

namespace Pucha.Features.Campaigns;

public sealed class CreateModel(CampaignDirectory directory) : PageModel
{
    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public List<Organization> Organizers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (!await directory.CanCreateAsync(cancellation))
            return StatusCode(StatusCodes.Status403Forbidden);
        Organizers = await directory.OrganizerChoicesAsync(cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        var outcome = await directory.CreateAsync(Input, cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = $"已创建普查活动：{outcome.Value!.Campaign.Name}";
                return RedirectToPage("/Campaigns/Details", new { id = outcome.Value.Campaign.Id });
            case OutcomeKind.Invalid:
                PageErrors.Add(ModelState, nameof(Input), outcome.Errors);
                Organizers = await directory.OrganizerChoicesAsync(cancellation);
                return Page();
            case OutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                return NotFound();
        }
    }
}
