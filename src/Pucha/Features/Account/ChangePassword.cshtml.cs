using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Features.Accounts;

namespace Pucha.Features.Account;

public sealed class ChangePasswordModel(SignInService signIn) : PageModel
{
    [BindProperty, DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [BindProperty, DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [BindProperty, DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        var errors = await signIn.ChangePasswordAsync(CurrentPassword ?? "", NewPassword ?? "", ConfirmPassword ?? "", cancellation);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
                ModelState.AddModelError(field, message);
            return Page();
        }

        TempData["Message"] = "密码已修改。";
        return RedirectToPage("/Index");
    }
}
