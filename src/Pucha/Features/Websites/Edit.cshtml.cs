using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Organizations;
using Pucha.Features.Organizations;
using Pucha.Features.Websites;

namespace Pucha.Features.Websites;

/// <summary>Registers a website (no id) or edits its 基本信息表 (id). Nothing is saved unless every field is right.</summary>
public sealed class EditModel(WebsiteDirectory registry, OrganizationDirectory directory, AccessScope scope) : PageModel
{
    [BindProperty]
    public WebsiteInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public List<Organization> Units { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>What the review state means for this edit (in review: cannot be saved; approved: goes back to 未提交).</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellation)
    {
        Id = id;
        Units = await directory.SubtreeAsync(cancellation);
        if (id is { } siteId)
        {
            var site = await registry.FindAsync(siteId, cancellation);
            if (site is null)
                return NotFound();
            Input = WebsiteInput.From(site);
            // Said before anything is typed: a record in review (or approved) cannot be saved as it is.
            Notice = await registry.EditDecisionAsync(site, cancellation) switch
            {
                { Saves: false, Message: var refusal } => refusal,
                { Kind: Pucha.Core.Census.RegistryEditKind.Reopens } => Pucha.Core.Census.RegistryEditRule.ReopenWarning,
                _ => null,
            };
            return Page();
        }

        // A new site: start from the caller's own unit and its division.
        var own = Units.FirstOrDefault(u => u.Id == scope.OrganizationId);
        if (own is not null)
            Input = Input with { OrganizationId = own.Id, RegionCode = own.RegionCode };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellation)
    {
        Id = id;
        // A value the framework could not bind (a malformed date) is already in ModelState, in Chinese.
        if (!ModelState.IsValid)
            return await RedisplayAsync(cancellation);

        var outcome = id is { } siteId
            ? await registry.UpdateAsync(siteId, Input, cancellation)
            : await registry.CreateAsync(Input, cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = id is null ? "网站已登记。" : outcome.Message is { } told ? "已保存。" + told : "已保存。";
                return RedirectToPage("/Websites/Details", new { id = outcome.Value!.Id });
            case OutcomeKind.Invalid:
                PageErrors.Add(ModelState, nameof(Input), outcome.Errors);
                return await RedisplayAsync(cancellation);
            case OutcomeKind.Conflict:
                Problem = outcome.Message;
                return await RedisplayAsync(cancellation);
            case OutcomeKind.Forbidden:
                Problem = outcome.Message;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return await RedisplayAsync(cancellation);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellation)
    {
        Units = await directory.SubtreeAsync(cancellation);
        return Page();
    }
}
