using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Common;
using Pucha.Core;
using Pucha.Features.Campaigns;

namespace Pucha.Features.Campaigns;

public sealed class EditModel(CampaignDirectory directory) : PageModel
{
    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public string OrganizerName { get; private set; } = "";

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        if (await directory.FindAsync(id, cancellation) is not { } view)
            return NotFound();
        if (!view.CanEdit)
            return StatusCode(StatusCodes.Status403Forbidden);
        var c = view.Campaign;
        OrganizerName = view.OrganizerName;
        Input = new CampaignInput
        {
            Name = c.Name, Description = c.Description, OrganizerId = c.OrganizerId,
            SurveyStart = c.SurveyStart, SurveyEnd = c.SurveyEnd, RectificationStart = c.RectificationStart, RectificationEnd = c.RectificationEnd,
            SpotCheckStart = c.SpotCheckStart, SpotCheckEnd = c.SpotCheckEnd, BulletinStart = c.BulletinStart, BulletinEnd = c.BulletinEnd,
            SubmissionDeadline = c.SubmissionDeadline, CountyReviewDeadline = c.CountyReviewDeadline,
            CityReviewDeadline = c.CityReviewDeadline, ProvinceReviewDeadline = c.ProvinceReviewDeadline,
            ProbesPerDay = c.ProbesPerDay, SnapshotsPerDay = c.SnapshotsPerDay, ColumnChecksPerDay = c.ColumnChecksPerDay,
            Version = c.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellation)
    {
        var outcome = await directory.UpdateAsync(id, Input, cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = $"已保存普查活动：{outcome.Value!.Campaign.Name}";
                return RedirectToPage("/Campaigns/Details", new { id });
            case OutcomeKind.Invalid:
                PageErrors.Add(ModelState, nameof(Input), outcome.Errors);
                break;
            case OutcomeKind.Conflict:
                Conflict = outcome.Message;
                break;
            case OutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                return NotFound();
        }

        OrganizerName = (await directory.FindAsync(id, cancellation))?.OrganizerName ?? "";
        return Page();
    }
}
