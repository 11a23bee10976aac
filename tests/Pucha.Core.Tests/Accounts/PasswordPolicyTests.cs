using Pucha.Core.Accounts;

namespace Pucha.Core.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Abcdefgh12")]
    [InlineData("abcdefgh1!")]
    [InlineData("ABCDEFGH1!")]
    [InlineData("Abcdefghi!")]
    [InlineData("政府网站普查abc1")]
    public void Accepts_ten_characters_of_three_classes(string password) =>
        Assert.Empty(PasswordPolicy.Check(password, "hunan-admin"));

    [Fact]
    public void Refuses_short_passwords()
    {
        var errors = PasswordPolicy.Check("Abc123!x", "user");
        Assert.Equal(["密码长度不能少于10位。"], errors);
    }

    [Theory]
    [InlineData("abcdefghij12")]
    [InlineData("ABCDEFGHIJKL")]
    [InlineData("1234567890!!")]
    public void Refuses_passwords_of_fewer_than_three_classes(string password) =>
        Assert.Equal(["密码须包含大写字母、小写字母、数字、符号中的至少三类。"], PasswordPolicy.Check(password, "user"));

    [Fact]
    public void Refuses_the_user_name_whatever_its_case()
    {
        Assert.Contains("密码不能与用户名相同。", PasswordPolicy.Check("Hunan-Admin1", "hunan-admin1"));
    }

    [Fact]
    public void Refuses_empty_passwords() => Assert.Equal(["请输入密码。"], PasswordPolicy.Check("", "user"));
}
