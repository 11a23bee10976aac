using System.Security.Claims;

namespace Pucha.Features.Accounts;

/// <summary>
/// What the sign-in cookie says about the caller. The cookie is re-checked against the account on every
/// request (<see cref="SessionValidator"/>), so a reset password or a locked account ends old sessions.
/// </summary>
public static class PuchaClaims
{
    public const string AccountId = "pucha:account";
    public const string Role = ClaimTypes.Role;
    public const string OrganizationId = "pucha:org";
    public const string OrganizationPath = "pucha:org-path";
    public const string OrganizationName = "pucha:org-name";
    public const string MustChangePasswordClaim = "pucha:must-change-password";
    public const string SessionStamp = "pucha:stamp";

    public static int? AccountIdOf(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AccountId), out var id) ? id : null;

    public static bool MustChangePassword(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.HasClaim(MustChangePasswordClaim, "true");

    public static bool IsPlatformAdministrator(this ClaimsPrincipal user) => user.IsInRole(PuchaRoles.PlatformAdministrator);

    public static bool IsReportingUnit(this ClaimsPrincipal user) => user.IsInRole(PuchaRoles.ReportingUnit);

    /// <summary>"admin（国务院办公厅）" for the navigation bar.</summary>
    public static string DisplayLabel(this ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? "";
        var unit = user.FindFirstValue(OrganizationName);
        return string.IsNullOrEmpty(unit) ? name : $"{name}（{unit}）";
    }
}
