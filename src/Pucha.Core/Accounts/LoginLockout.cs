namespace Pucha.Core.Accounts;

/// <summary>
/// Lockout after repeated failures: <see cref="MaxFailures"/> consecutive failed log-ins lock the
/// account for <see cref="Duration"/>. Pure logic: the caller passes the clock and saves the account.
/// </summary>
public static class LoginLockout
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    /// <summary>True while the account must refuse log-ins.</summary>
    public static bool IsLockedOut(UserAccount account, DateTime utcNow) =>
        account.LockoutUntil is { } until && utcNow < until;

    /// <summary>Records a failed attempt; returns true when this attempt locked the account.</summary>
    public static bool RecordFailure(UserAccount account, DateTime utcNow)
    {
        if (IsLockedOut(account, utcNow))
        {
            return false;
        }

        account.FailedLoginCount++;
        if (account.FailedLoginCount < MaxFailures)
        {
            return false;
        }

        account.LockoutUntil = utcNow + Duration;
        account.FailedLoginCount = 0;
        return true;
    }

    /// <summary>Records a successful log-in: clears the failure count and stamps the time.</summary>
    public static void RecordSuccess(UserAccount account, DateTime utcNow)
    {
        account.FailedLoginCount = 0;
        account.LockoutUntil = null;
        account.LastLoginAt = utcNow;
    }

    /// <summary>Chinese message for a locked account.</summary>
    public static string LockedMessage(UserAccount account, DateTime utcNow)
    {
        var minutes = account.LockoutUntil is { } until ? Math.Max(1, (int)Math.Ceiling((until - utcNow).TotalMinutes)) : 0;
        return $"连续{MaxFailures}次密码错误，账号已锁定，请{minutes}分钟后再试或联系上级单位重置密码。";
    }
}
