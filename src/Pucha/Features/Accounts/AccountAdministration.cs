using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Accounts;
using Pucha.Core.Audit;
using Pucha.Core.Organizations;
using Pucha.Data;

namespace Pucha.Features.Accounts;

/// <summary>
/// 账号管理: the level above issues accounts to the units of its subtree with an initial password,
/// resets forgotten passwords and unlocks locked accounts. Every issued password must be changed at
/// the next login.
/// </summary>
public sealed partial class AccountAdministration(PuchaDbContext db, AccessScope scope, TimeProvider clock, Pucha.Hosting.PlatformOptions options)
{
    public async Task<PagedList<AccountRow>> ListAsync(string? search, int? page, CancellationToken cancellation)
    {
        var accounts = scope.Accounts(db.UserAccounts.AsNoTracking());
        if (search?.Trim() is { Length: > 0 and <= 64 } text)
            accounts = accounts.Where(a => a.UserName.Contains(text) || a.DisplayName.Contains(text));
        var (pageNumber, size) = Paging.Clamp(page, 50);
        var total = await accounts.CountAsync(cancellation);
        var rows = await accounts.OrderBy(a => a.OrganizationPath).ThenBy(a => a.UserName)
            .Skip((pageNumber - 1) * size).Take(size)
            .Select(a => new AccountRow(a.Id, a.UserName, a.DisplayName, a.Role, a.OrganizationId,
                db.Organizations.Where(o => o.Id == a.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                a.MustChangePassword, a.LockoutUntil, a.LastLoginAt, a.IsDisabled))
            .ToListAsync(cancellation);
        return new PagedList<AccountRow>(rows, total, pageNumber, size);
    }

    public async Task<Outcome<IssuedPassword>> CreateAsync(AccountInput input, CancellationToken cancellation)
    {
        if (!scope.CanManageUnits)
            return Outcome<IssuedPassword>.Forbidden("填报单位不能创建账号。");
        var unit = input.OrganizationId is { } unitId
            ? await scope.Organizations(db.Organizations.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == unitId, cancellation)
            : null;
        if (unit is null)
            return input.OrganizationId is null
                ? Outcome<IssuedPassword>.Invalid(new Dictionary<string, string> { [nameof(input.OrganizationId)] = "请选择单位。" })
                : Outcome<IssuedPassword>.Forbidden("只能为本单位及下级单位创建账号。");

        if (await Pucha.Features.Organizations.OrganizationDirectory.IsDisabledAlongAsync(db, unit.Path, cancellation))
            return Outcome<IssuedPassword>.Invalid(new Dictionary<string, string> { [nameof(input.OrganizationId)] = "该单位已停用，不能创建账号。" });

        var errors = new Dictionary<string, string>();
        var userName = input.UserName?.Trim() ?? "";
        if (!UserNamePattern().IsMatch(userName))
            errors[nameof(input.UserName)] = "用户名须为3至64位字母、数字或 _ . - 。";
        else if (await db.UserAccounts.AnyAsync(a => a.NormalizedUserName == UserAccount.Normalize(userName), cancellation))
            errors[nameof(input.UserName)] = "该用户名已被使用。";
        var displayName = input.DisplayName?.Trim() ?? "";
        if (displayName.Length is 0 or > 100)
            errors[nameof(input.DisplayName)] = "请填写姓名或账号说明（不超过100个字符）。";
        if ((input.Email?.Trim().Length ?? 0) > 200)
            errors[nameof(input.Email)] = "电子邮箱不能超过200个字符。";
        if ((input.Phone?.Trim().Length ?? 0) > 50)
            errors[nameof(input.Phone)] = "联系电话不能超过50个字符。";
        var password = string.IsNullOrEmpty(input.InitialPassword) ? InitialPasswordGenerator.Generate() : input.InitialPassword;
        if (PasswordPolicy.Check(password, userName) is { Count: > 0 } policy)
            errors[nameof(input.InitialPassword)] = string.Join("", policy);
        if (errors.Count > 0)
            return Outcome<IssuedPassword>.Invalid(errors);

        var account = new UserAccount
        {
            UserName = userName,
            DisplayName = displayName,
            Role = unit.Kind == OrganizationKind.ReportingUnit ? AccountRole.ReportingUnit : AccountRole.Organizer,
            OrganizationId = unit.Id,
            OrganizationPath = unit.Path,
            PasswordHash = PasswordHasher.Hash(password, options.PasswordIterations),
            MustChangePassword = true,
            Email = input.Email?.Trim() ?? "",
            Phone = input.Phone?.Trim() ?? "",
        };
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync(cancellation);
        return Outcome<IssuedPassword>.Ok(new IssuedPassword(account, password));
    }

    /// <summary>A new random password that must be changed at the next login; also lifts a lockout.</summary>
    public async Task<Outcome<IssuedPassword>> ResetPasswordAsync(int id, CancellationToken cancellation)
    {
        var account = await ManagedAccountAsync(id, cancellation);
        if (account is null)
            return Outcome<IssuedPassword>.NotFound();
        if (!scope.CanManageUnits || account.Id == scope.AccountId)
            return Outcome<IssuedPassword>.Forbidden("不能重置自己的密码，请使用“修改密码”。");

        var password = InitialPasswordGenerator.Generate();
        account.PasswordHash = PasswordHasher.Hash(password, options.PasswordIterations);
        account.MustChangePassword = true;
        account.FailedLoginCount = 0;
        account.LockoutUntil = null;
        db.AddAuditEntry(AuditAction.ResetPassword, nameof(UserAccount), account.Id.ToString(CultureInfo.InvariantCulture), account.OrganizationPath,
            $"重置账号 {account.UserName} 的密码");
        await db.SaveChangesAsync(cancellation);
        return Outcome<IssuedPassword>.Ok(new IssuedPassword(account, password));
    }

    public async Task<Outcome<UserAccount>> UnlockAsync(int id, CancellationToken cancellation)
    {
        var account = await ManagedAccountAsync(id, cancellation);
        if (account is null)
            return Outcome<UserAccount>.NotFound();
        if (!scope.CanManageUnits)
            return Outcome<UserAccount>.Forbidden("填报单位不能解锁账号。");

        account.FailedLoginCount = 0;
        account.LockoutUntil = null;
        await db.SaveChangesAsync(cancellation);
        return Outcome<UserAccount>.Ok(account);
    }

    /// <summary>
    /// 停用 / 启用 an account: a disabled account cannot sign in and its open sessions end at their next
    /// request (<see cref="SessionValidator"/>). Nobody disables their own account.
    /// </summary>
    public async Task<Outcome<UserAccount>> SetDisabledAsync(int id, bool disabled, CancellationToken cancellation)
    {
        var account = await ManagedAccountAsync(id, cancellation);
        if (account is null)
            return Outcome<UserAccount>.NotFound();
        if (!scope.CanManageUnits || account.Id == scope.AccountId)
            return Outcome<UserAccount>.Forbidden(scope.CanManageUnits ? "不能停用自己的账号。" : "填报单位不能停用或启用账号。");

        account.IsDisabled = disabled;
        await db.SaveChangesAsync(cancellation);
        return Outcome<UserAccount>.Ok(account);
    }

    public bool IsLocked(AccountRow row) => row.LockoutUntil is { } until && clock.GetUtcNow().UtcDateTime < until;

    private Task<UserAccount?> ManagedAccountAsync(int id, CancellationToken cancellation) =>
        scope.Accounts(db.UserAccounts).FirstOrDefaultAsync(a => a.Id == id, cancellation);

    [GeneratedRegex("^[A-Za-z0-9_.-]{3,64}$")]
    private static partial Regex UserNamePattern();
}

/// <summary>One line of the account list.</summary>
public sealed record AccountRow(int Id, string UserName, string DisplayName, AccountRole Role, int? OrganizationId, string? OrganizationName,
    bool MustChangePassword, DateTime? LockoutUntil, DateTime? LastLoginAt, bool IsDisabled);
