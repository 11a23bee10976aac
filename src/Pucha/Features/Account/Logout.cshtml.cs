using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Features.Accounts;

namespace Pucha.Features.Account;

/// <summary>Log-out is a POST (with the anti-forgery token): a link or an image elsewhere cannot end a session.</summary>
public sealed class LogoutModel(SignInService signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        await signIn.SignOutAsync(cancellation);
        return RedirectToPage("/Account/Login");
    }
}
