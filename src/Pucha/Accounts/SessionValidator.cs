using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Pucha.Data;

namespace Pucha.Accounts;

/// <summary>
/// Checks the cookie against the account on every request: a disabled account, a password changed or
/// reset elsewhere, or a unit moved in the tree ends or refreshes the session at once. One primary-key read.
/// </summary>
public sealed class SessionValidator(PuchaDbContext db)
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.AccountIdOf();
        var account = id is null ? null : await db.UserAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        if (account is null || account.IsDisabled
            || context.Principal!.FindFirst(PuchaClaims.SessionStamp)?.Value != AccountPrincipal.SessionStamp(account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        var principal = context.Principal!;
        if (principal.MustChangePassword() != account.MustChangePassword
            || principal.FindFirst(PuchaClaims.OrganizationPath)?.Value != account.OrganizationPath)
        {
            var unitName = account.OrganizationId is { } unitId
                ? await db.Organizations.Where(o => o.Id == unitId).Select(o => o.Name).FirstOrDefaultAsync()
                : null;
            context.ReplacePrincipal(AccountPrincipal.Create(account, unitName ?? principal.FindFirst(PuchaClaims.OrganizationName)?.Value));
            context.ShouldRenew = true;
        }
    }
}
