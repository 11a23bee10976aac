using Pucha.Core.Accounts;

namespace Pucha.Core.Tests.Accounts;

public sealed class LoginLockoutTests
{
    private static readonly DateTime Start = new(2026, 4, 20, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Four_failures_do_not_lock()
    {
        var account = new UserAccount();
        for (var i = 0; i < 4; i++)
        {
            Assert.False(LoginLockout.RecordFailure(account, Start));
        }

        Assert.False(LoginLockout.IsLockedOut(account, Start));
        Assert.Equal(4, account.FailedLoginCount);
    }

    [Fact]
    public void The_fifth_consecutive_failure_locks_for_fifteen_minutes()
    {
        var account = new UserAccount();
        for (var i = 0; i < 4; i++)
        {
            LoginLockout.RecordFailure(account, Start);
        }

        Assert.True(LoginLockout.RecordFailure(account, Start));
        Assert.True(LoginLockout.IsLockedOut(account, Start));
        Assert.True(LoginLockout.IsLockedOut(account, Start + new TimeSpan(0, 14, 59)));
        Assert.False(LoginLockout.IsLockedOut(account, Start + TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public void Failures_while_locked_do_not_extend_the_lock()
    {
        var account = Locked();
        Assert.False(LoginLockout.RecordFailure(account, Start + TimeSpan.FromMinutes(10)));
        Assert.Equal(Start + TimeSpan.FromMinutes(15), account.LockoutUntil);
    }

    [Fact]
    public void A_success_resets_the_count()
    {
        var account = new UserAccount();
        for (var i = 0; i < 4; i++)
        {
            LoginLockout.RecordFailure(account, Start);
        }

        LoginLockout.RecordSuccess(account, Start);
        Assert.Equal(0, account.FailedLoginCount);
        Assert.Equal(Start, account.LastLoginAt);
        Assert.False(LoginLockout.RecordFailure(account, Start));
    }

    [Fact]
    public void After_the_lock_expires_five_new_failures_are_needed_again()
    {
        var account = Locked();
        var later = Start + TimeSpan.FromMinutes(15);
        for (var i = 0; i < 4; i++)
        {
            Assert.False(LoginLockout.RecordFailure(account, later));
        }

        Assert.True(LoginLockout.RecordFailure(account, later));
    }

    [Fact]
    public void The_message_says_how_long_to_wait() =>
        Assert.Contains("15分钟后再试", LoginLockout.LockedMessage(Locked(), Start));

    private static UserAccount Locked()
    {
        var account = new UserAccount();
        for (var i = 0; i < LoginLockout.MaxFailures; i++)
        {
            LoginLockout.RecordFailure(account, Start);
        }

        return account;
    }
}
