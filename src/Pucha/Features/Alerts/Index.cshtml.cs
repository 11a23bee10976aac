using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Common;
using Pucha.Core;
using Pucha.Data.Alerts;
using Pucha.Features.Alerts;

namespace Pucha.Features.Alerts;

/// <summary>告警订阅: an organizer's subscriptions (channels, recipients, kinds, quiet hours) and its recent deliveries.</summary>
public sealed class IndexModel(AlertSubscriptionDirectory directory) : PageModel
{
    [BindProperty]
    public AlertSubscriptionInput Input { get; set; } = new();

    public List<AlertSubscription> Subscriptions { get; private set; } = [];

    public List<AlertSubscriptionDirectory.DeliveryLine> Deliveries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (!directory.MayUse)
            return Forbid();
        await LoadAsync(cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellation)
    {
        var outcome = await directory.CreateAsync(Input, cancellation);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = $"已添加告警订阅：{outcome.Value!.Name}";
                return RedirectToPage("/Alerts/Index");
            case OutcomeKind.Invalid:
                PageErrors.Add(ModelState, nameof(Input), outcome.Errors);
                await LoadAsync(cancellation);
                return Page();
            default:
                return Forbid();
        }
    }

    public Task<IActionResult> OnPostEnableAsync(int id, CancellationToken cancellation) => ChangeAsync(directory.SetEnabledAsync(id, true, cancellation), "已启用");

    public Task<IActionResult> OnPostDisableAsync(int id, CancellationToken cancellation) => ChangeAsync(directory.SetEnabledAsync(id, false, cancellation), "已停用");

    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellation) => ChangeAsync(directory.DeleteAsync(id, cancellation), "已删除");

    private async Task<IActionResult> ChangeAsync(Task<Outcome<AlertSubscription>> change, string done)
    {
        if (!directory.MayUse)
            return Forbid();
        var outcome = await change;
        if (!outcome.IsOk)
            return NotFound();
        TempData["Message"] = $"{done}告警订阅：{outcome.Value!.Name}";
        return RedirectToPage("/Alerts/Index");
    }

    private async Task LoadAsync(CancellationToken cancellation)
    {
        Subscriptions = await directory.ListAsync(cancellation);
        Deliveries = await directory.RecentDeliveriesAsync(cancellation);
    }
}
