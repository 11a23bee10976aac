using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Pucha.Core.Accounts;
using Pucha.Core.Audit;
using Pucha.Data;

namespace Pucha.Features.Accounts;

/// <summary>
/// Log-in, log-out and password change, each written to the audit log: successes, failures (with the
/// user name tried) and lockouts after <see cref="LoginLockout.MaxFailures"/> failures.
/// </summary>
public sealed class SignInService(PuchaDbContext db, IHttpContextAccessor accessor, TimeProvider clock, Pucha.Hosting.PlatformOptions options)
{
    public const string WrongCredentials = "用户名或密码错误。";

    // Verified when the user name is unknown, so an unknown name costs as much time as a wrong password.
    private static readonly Lazy<string> DummyHash = new(() => PasswordHasher.Hash(InitialPasswordGenerator.Generate()));

    /// <summary>Signs in and returns null, or returns the Chinese reason for refusing.</summary>
    public async Task<string?> SignInAsync(string userName, string password, CancellationToken cancellation)
    {
        var name = userName.Trim();
        var account = name.Length is > 0 and <= 64
            ? await db.UserAccounts.FirstOrDefaultAsync(a => a.NormalizedUserName == UserAccount.Normalize(name), cancellation)
            : null;
        var now = clock.GetUtcNow().UtcDateTime;

        if (account is null)
        {
            PasswordHasher.Verify(password, DummyHash.Value);
            db.AddAuditEntry(AuditAction.LoginFailed, nameof(UserAccount), detail: $"用户名不存在：{Bounded(name)}");
            await db.SaveChangesAsync(cancellation);
            return WrongCredentials;
        }

        db.AuditActor = new AccountActor(account);
        var entityId = account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (account.IsDisabled)
        {
            db.AddAuditEntry(AuditAction.LoginFailed, nameof(UserAccount), entityId, account.OrganizationPath, "账号已停用");
            await db.SaveChangesAsync(cancellation);
            return "该账号已停用，请联系上级单位。";
        }

        if (account.OrganizationPath is { } unitPath && await Pucha.Features.Organizations.OrganizationDirectory.IsDisabledAlongAsync(db, unitPath, cancellation))
        {
            db.AddAuditEntry(AuditAction.LoginFailed, nameof(UserAccount), entityId, account.OrganizationPath, "所在单位已停用");
            await db.SaveChangesAsync(cancellation);
            return "该账号所在单位已停用，请联系上级单位。";
        }

        if (LoginLockout.IsLockedOut(account, now))
        {
            db.AddAuditEntry(AuditAction.LoginFailed, nameof(UserAccount), entityId, account.OrganizationPath, "账号锁定期间尝试登录");
            await db.SaveChangesAsync(cancellation);
            return LoginLockout.LockedMessage(account, now);
        }

        var verification = password.Length is > 0 and <= PasswordHasher.MaxPasswordLength
            ? PasswordHasher.Verify(password, account.PasswordHash)
            : PasswordVerification.Failed;
        if (verification == PasswordVerification.Failed)
        {
            var locked = LoginLockout.RecordFailure(account, now);
            db.AddAuditEntry(locked ? AuditAction.Lockout : AuditAction.LoginFailed, nameof(UserAccount), entityId, account.OrganizationPath,
                locked ? $"连续{LoginLockout.MaxFailures}次密码错误，锁定{LoginLockout.Duration.TotalMinutes:0}分钟" : "密码错误");
            await db.SaveChangesAsync(cancellation);
            return locked ? LoginLockout.LockedMessage(account, now) : WrongCredentials;
        }

        // Raise an old hash to today's iteration count (not when configured lower, as in tests).
        if (verification == PasswordVerification.SuccessRehashNeeded && options.PasswordIterations >= PasswordHasher.Iterations)
            account.PasswordHash = PasswordHasher.Hash(password, options.PasswordIterations);
        LoginLockout.RecordSuccess(account, now);
        db.AddAuditEntry(AuditAction.Login, nameof(UserAccount), entityId, account.OrganizationPath);
        await db.SaveChangesAsync(cancellation);

        var unitName = account.OrganizationId is { } unitId
            ? await db.Organizations.Where(o => o.Id == unitId).Select(o => o.Name).FirstOrDefaultAsync(cancellation)
            : null;
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.Create(account, unitName));
        return null;
    }

    public async Task SignOutAsync(CancellationToken cancellation)
    {
        if (HttpContext.User.AccountIdOf() is { } id)
        {
            db.AddAuditEntry(AuditAction.Logout, nameof(UserAccount), id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                HttpContext.User.FindFirst(PuchaClaims.OrganizationPath)?.Value);
            await db.SaveChangesAsync(cancellation);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Changes the signed-in user's password; returns the field errors (empty on success) and renews the session.</summary>
    public async Task<Dictionary<string, string>> ChangePasswordAsync(string currentPassword, string newPassword, string confirmation,
        CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string>();
        var id = HttpContext.User.AccountIdOf();
        var account = id is null ? null : await db.UserAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellation);
        if (account is null)
        {
            errors["CurrentPassword"] = "登录已失效，请重新登录。";
            return errors;
        }

        if (currentPassword.Length == 0 || PasswordHasher.Verify(currentPassword, account.PasswordHash) == PasswordVerification.Failed)
            errors["CurrentPassword"] = "当前密码不正确。";
        if (PasswordPolicy.Check(newPassword, account.UserName) is { Count: > 0 } policy)
            errors["NewPassword"] = string.Join("", policy);
        else if (newPassword == currentPassword)
            errors["NewPassword"] = "新密码不能与当前密码相同。";
        if (newPassword != confirmation)
            errors["ConfirmPassword"] = "两次输入的新密码不一致。";
        if (errors.Count > 0)
            return errors;

        account.PasswordHash = PasswordHasher.Hash(newPassword, options.PasswordIterations);
        account.MustChangePassword = false;
        db.AddAuditEntry(AuditAction.ChangePassword, nameof(UserAccount), account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            account.OrganizationPath);
        await db.SaveChangesAsync(cancellation);

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            AccountPrincipal.Create(account, HttpContext.User.FindFirst(PuchaClaims.OrganizationName)?.Value));
        return errors;
    }

    private HttpContext HttpContext => accessor.HttpContext ?? throw new InvalidOperationException("no HTTP request");

    // The user name of a failed attempt is attacker-chosen text: keep it short in the log.
    private static string Bounded(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
