using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Pucha.Core.Accounts;

namespace Pucha.Features.Accounts;

/// <summary>Builds the cookie's principal from an account.</summary>
public static class AccountPrincipal
{
    public static ClaimsPrincipal Create(UserAccount account, string? organizationName)
    {
        var claims = new List<Claim>
        {
            new(PuchaClaims.AccountId, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.UserName),
            new(PuchaClaims.Role, AccountRoles.Label(account.Role)),
            new(PuchaClaims.SessionStamp, SessionStamp(account)),
        };
        if (account.OrganizationId is { } organizationId)
            claims.Add(new(PuchaClaims.OrganizationId, organizationId.ToString(CultureInfo.InvariantCulture)));
        if (account.OrganizationPath is { } path)
            claims.Add(new(PuchaClaims.OrganizationPath, path));
        if (!string.IsNullOrEmpty(organizationName))
            claims.Add(new(PuchaClaims.OrganizationName, organizationName));
        if (account.MustChangePassword)
            claims.Add(new(PuchaClaims.MustChangePasswordClaim, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, PuchaClaims.Role));
    }

    /// <summary>
    /// Changes whenever the password does (change or reset), so sessions opened with an old password end.
    /// A digest of the stored hash: the hash itself never leaves the server, not even encrypted.
    /// </summary>
    public static string SessionStamp(UserAccount account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.PasswordHash)).AsSpan(0, 8));
}
