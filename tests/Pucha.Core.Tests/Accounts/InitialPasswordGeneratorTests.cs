using Pucha.Core.Accounts;

namespace Pucha.Core.Tests.Accounts;

public sealed class InitialPasswordGeneratorTests
{
    [Fact]
    public void Generated_passwords_satisfy_the_policy_and_differ()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => InitialPasswordGenerator.Generate()).ToList();

        Assert.All(passwords, p => Assert.Empty(PasswordPolicy.Check(p, "user")));
        Assert.All(passwords, p => Assert.Equal(InitialPasswordGenerator.DefaultLength, p.Length));
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }

    [Fact]
    public void Refuses_lengths_below_the_policy() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InitialPasswordGenerator.Generate(PasswordPolicy.MinimumLength - 1));
}
