using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Pucha.Core.Organizations;
using Pucha.Data;

namespace Pucha.Features.Accounts;

/// <summary>
/// Checks the cookie against the account on every request: a disabled account or unit, a password changed or
/// reset elsewhere, or a unit moved in the tree ends or refreshes the session at once. One primary-key read.
/// </summary>
public sealed class SessionValidator(PuchaDbContext db)
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.AccountIdOf();
        // The units on the session's path, read in the same query: a unit disabled above the account ends its session too.
        var units = UnitsOnPath(context.Principal?.FindFirst(PuchaClaims.OrganizationPath)?.Value);
        var row = id is null
            ? null
            : await db.UserAccounts.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new { Account = a, UnitDisabled = db.Organizations.Any(o => units.Contains(o.Id) && o.IsDisabled) })
                .FirstOrDefaultAsync();
        var account = row?.Account;
        if (account is null || account.IsDisabled || row!.UnitDisabled
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

    private static int[] UnitsOnPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
            return [];
        try
        {
            return OrganizationPath.Ids(path).ToArray();
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
