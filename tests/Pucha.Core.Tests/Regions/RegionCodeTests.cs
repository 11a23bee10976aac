using Pucha.Core.Regions;

namespace Pucha.Core.Tests.Regions;

public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("11", "110000")]
    [InlineData("1101", "110100")]
    [InlineData("110101", "110101")]
    [InlineData("43", "430000")]
    public void Normalizes_to_six_digits(string code, string expected) => Assert.Equal(expected, RegionCode.Normalize(code));

    [Theory]
    [InlineData("1")]
    [InlineData("110")]
    [InlineData("1101011")]
    [InlineData("11a1")]
    [InlineData("")]
    public void Refuses_codes_of_other_shapes(string code) => Assert.Throws<FormatException>(() => RegionCode.Normalize(code));

    [Theory]
    [InlineData("110000", RegionLevel.Province)]
    [InlineData("430100", RegionLevel.City)]
    [InlineData("430103", RegionLevel.County)]
    public void Tells_the_level(string code, RegionLevel level) => Assert.Equal(level, RegionCode.LevelOf(code));

    [Fact]
    public void Finds_province_and_city_of_a_county()
    {
        Assert.Equal("430000", RegionCode.ProvinceOf("430103"));
        Assert.Equal("430100", RegionCode.CityOf("430103"));
        Assert.Null(RegionCode.CityOf("430000"));
    }

    [Theory]
    [InlineData("430103", "430000", true)]
    [InlineData("430103", "430100", true)]
    [InlineData("430103", "430103", true)]
    [InlineData("430203", "430100", false)]
    [InlineData("110101", "430000", false)]
    public void Tells_whether_a_code_is_inside_another(string code, string ancestor, bool within) =>
        Assert.Equal(within, RegionCode.IsWithin(code, ancestor));

    [Theory]
    [InlineData("000000")]
    [InlineData("43010")]
    [InlineData("４３０１０３")]
    [InlineData(null)]
    public void Invalid_codes_are_invalid(string? code) => Assert.False(RegionCode.IsValid(code));
}
