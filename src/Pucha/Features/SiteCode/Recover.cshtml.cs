using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Globalization;
using Pucha.Features.SiteCode;

namespace Pucha.Features.SiteCode;

/// <summary>
/// 「标识码找回」, public: the requester names the site and gives the registered e-mail; the codes go
/// by mail to the registered addresses and are never shown here. Limited per client IP and per named
/// site (<see cref="SiteCodeRecoveryLimiter"/>, counted in the database); showing the form is free.
/// </summary>
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
        // Behind a reverse proxy this is the proxy's address unless forwarded headers are configured.
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!await siteLimiter.TryAcquireClientAsync(client, cancellation))
        {
            LimitMessage = SiteCodeRecoveryOptions.LimitMessage(siteLimiter.ClientWindow);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)siteLimiter.ClientWindow.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        var errors = SiteCodeRecovery.Check(Input);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            return Page();
        }

        if (!await siteLimiter.TryAcquireSiteAsync(SiteCodeRecovery.SiteKey(Input), cancellation))
        {
            LimitMessage = SiteCodeRecoveryOptions.LimitMessage(siteLimiter.SiteWindow);
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
