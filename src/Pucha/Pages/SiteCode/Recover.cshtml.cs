using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pucha.Census;
using Pucha.Census.Recovery;

namespace Pucha.Pages.SiteCode;

/// <summary>
/// 「标识码找回」, public: the requester names the site and gives the registered e-mail; the codes go
/// by mail to the registered addresses and are never shown here. Limited per client IP (the rate
/// limiter in front of this page) and per named site (<see cref="SiteCodeRecoveryLimiter"/>).
/// </summary>
[EnableRateLimiting(CensusFeature.RecoveryPolicy)]
public sealed class RecoverModel(SiteCodeRecovery recovery, SiteCodeRecoveryLimiter siteLimiter) : PageModel
{
    [BindProperty]
    public SiteCodeRecoveryRequest Input { get; set; } = new();

    /// <summary>The one answer every accepted request gets.</summary>
    public string? Answer { get; private set; }

    public string? LimitMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        var errors = SiteCodeRecovery.Check(Input);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            return Page();
        }

        if (!siteLimiter.TryAcquire(SiteCodeRecovery.SiteKey(Input)))
        {
            LimitMessage = SiteCodeRecoveryOptions.LimitMessage(siteLimiter.Window);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        await recovery.RecoverAsync(Input, cancellation);
        Answer = SiteCodeRecovery.Answer;
        ModelState.Clear();
        Input = new SiteCodeRecoveryRequest();
        return Page();
    }
}
