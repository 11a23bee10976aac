using Pucha.Core.Websites;

namespace Pucha.Core.Tests.Websites;

public sealed class ContactFormatsTests
{
    [Theory]
    [InlineData("023-89016950")]
    [InlineData("010-12345678")]
    [InlineData("0731-8888888")]
    [InlineData("023-89016950-123")]
    [InlineData("0731-89990562")]
    public void Accepts_office_phones_with_area_code(string value) => Assert.True(ContactFormats.IsOfficePhone(value));

    [Theory]
    [InlineData("89016950")]
    [InlineData("02389016950")]
    [InlineData("(023)89016950")]
    [InlineData("023-890169")]
    [InlineData("23-89016950")]
    [InlineData("0731—89990562")]
    [InlineData("13800138000")]
    [InlineData("023-89016950-")]
    public void Refuses_office_phones_without_a_proper_area_code(string value) => Assert.False(ContactFormats.IsOfficePhone(value));

    [Theory]
    [InlineData("13800138000")]
    [InlineData("19912345678")]
    [InlineData("+8613800138000")]
    [InlineData("+86 13800138000")]
    public void Accepts_mobiles(string value) => Assert.True(ContactFormats.IsMobile(value));

    [Theory]
    [InlineData("12800138000")]
    [InlineData("1380013800")]
    [InlineData("138001380000")]
    [InlineData("+85213800138000")]
    [InlineData("138-0013-8000")]
    public void Refuses_malformed_mobiles(string value) => Assert.False(ContactFormats.IsMobile(value));

    [Theory]
    [InlineData("wzgb@hunan.gov.cn")]
    [InlineData("zhang.wei+census@beijing.gov.cn")]
    [InlineData("web@cq.gov.cn")]
    public void Accepts_email_addresses(string value) => Assert.True(ContactFormats.IsEmail(value));

    [Theory]
    [InlineData("wzgb")]
    [InlineData("wzgb@")]
    [InlineData("@hunan.gov.cn")]
    [InlineData("wzgb@hunan")]
    [InlineData("wz gb@hunan.gov.cn")]
    [InlineData("wzgb@@hunan.gov.cn")]
    [InlineData("wz..gb@hunan.gov.cn")]
    [InlineData("张伟@hunan.gov.cn")]
    public void Refuses_malformed_email_addresses(string value) => Assert.False(ContactFormats.IsEmail(value));
}
