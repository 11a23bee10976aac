using Pucha.Core.Census;

namespace Pucha.Core.Tests.Census;

public class SiteIdentifierTests
{
    [Fact]
    public void Local_identifier_is_division_code_and_four_digit_sequence()
    {
        Assert.Equal("1100000088", SiteIdentifier.Format(SiteIdentifier.LocalPrefix("110000"), 88));
    }

    [Fact]
    public void Central_identifier_is_bm_department_code_and_six_digit_sequence()
    {
        Assert.Equal("bm07000001", SiteIdentifier.Format(SiteIdentifier.CentralPrefix("07"), 1));
    }

    [Fact]
    public void Sequence_past_the_prefix_capacity_is_refused()
    {
        Assert.Equal("4301029999", SiteIdentifier.Format("430102", 9999));
        Assert.Throws<InvalidOperationException>(() => SiteIdentifier.Format("430102", 10_000));
        Assert.Equal("bm07999999", SiteIdentifier.Format("bm07", 999_999));
        Assert.Throws<InvalidOperationException>(() => SiteIdentifier.Format("bm07", 1_000_000));
    }

    [Theory]
    [InlineData("11000")]
    [InlineData("11000a")]
    public void Bad_division_code_is_refused(string code)
    {
        Assert.Throws<ArgumentException>(() => SiteIdentifier.LocalPrefix(code));
    }
}
