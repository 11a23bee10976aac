using Pucha.Core.Regions;

namespace Pucha.Core.Tests.Regions;

public sealed class RegionFullNameTests
{
    [Theory]
    [InlineData("湖南省", "长沙市", "天心区", "湖南省长沙市天心区")]
    [InlineData("北京市", "市辖区", "东城区", "北京市东城区")]
    [InlineData("重庆市", "县", "城口县", "重庆市城口县")]
    [InlineData("河南省", "省直辖县级行政区划", "济源市", "河南省济源市")]
    [InlineData("新疆维吾尔自治区", "自治区直辖县级行政区划", "石河子市", "新疆维吾尔自治区石河子市")]
    [InlineData("广东省", "东莞市", "东莞市", "广东省东莞市")]
    public void Builds_full_names_without_placeholders(string province, string city, string county, string expected) =>
        Assert.Equal(expected, RegionFullName.Build(province, city, county));

    [Fact]
    public void Builds_province_and_city_names()
    {
        Assert.Equal("湖南省", RegionFullName.Build("湖南省"));
        Assert.Equal("湖南省长沙市", RegionFullName.Build("湖南省", "长沙市"));
        Assert.Equal("北京市", RegionFullName.Build("北京市", "市辖区"));
    }

    [Theory]
    [InlineData("市辖区", true)]
    [InlineData("县", true)]
    [InlineData("省直辖县级行政区划", true)]
    [InlineData("长沙市", false)]
    public void Knows_the_placeholders(string name, bool placeholder) => Assert.Equal(placeholder, RegionFullName.IsPlaceholder(name));
}
