using Pucha.Core.Accounts;

namespace Pucha.Core.Tests.Accounts;

public sealed class PasswordHasherTests
{
    private const int FastIterations = PasswordHasher.MinimumIterations;

    [Fact]
    public void Verifies_the_right_password_and_refuses_a_wrong_one()
    {
        var hash = PasswordHasher.Hash("Gov-Site#2015", FastIterations);

        Assert.NotEqual(PasswordVerification.Failed, PasswordHasher.Verify("Gov-Site#2015", hash));
        Assert.Equal(PasswordVerification.Failed, PasswordHasher.Verify("gov-site#2015", hash));
        Assert.Equal(PasswordVerification.Failed, PasswordHasher.Verify("", hash));
    }

    [Fact]
    public void Uses_a_versioned_format_with_a_fresh_salt_each_time()
    {
        var first = PasswordHasher.Hash("Gov-Site#2015", FastIterations);
        var second = PasswordHasher.Hash("Gov-Site#2015", FastIterations);

        Assert.StartsWith("pbkdf2-sha256$v1$100000$", first);
        Assert.Equal(5, first.Split('$').Length);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_default_work_factor_is_at_least_the_floor()
    {
        Assert.True(PasswordHasher.Iterations >= 100_000);
        Assert.Contains($"${PasswordHasher.Iterations}$", PasswordHasher.Hash("Gov-Site#2015"));
    }

    [Fact]
    public void Asks_for_a_rehash_when_the_stored_hash_is_weaker_than_today()
    {
        var weak = PasswordHasher.Hash("Gov-Site#2015", FastIterations);
        Assert.Equal(PasswordVerification.SuccessRehashNeeded, PasswordHasher.Verify("Gov-Site#2015", weak));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$v2$100000$AAAA$BBBB")]
    [InlineData("pbkdf2-sha256$v1$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$v1$100000$not base64$BBBB")]
    public void Malformed_or_too_weak_stored_hashes_never_verify(string stored) =>
        Assert.Equal(PasswordVerification.Failed, PasswordHasher.Verify("anything", stored));

    [Fact]
    public void Refuses_to_hash_with_fewer_than_100000_iterations() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordHasher.Hash("Gov-Site#2015", 99_999));

    [Fact]
    public void Overlong_passwords_are_refused_not_hashed()
    {
        var hash = PasswordHasher.Hash("Gov-Site#2015", FastIterations);
        Assert.Equal(PasswordVerification.Failed, PasswordHasher.Verify(new string('a', PasswordHasher.MaxPasswordLength + 1), hash));
        Assert.Throws<ArgumentException>(() => PasswordHasher.Hash(new string('a', PasswordHasher.MaxPasswordLength + 1), FastIterations));
    }
}
