using Pucha.Core.Websites;

namespace Pucha.Core.Tests.Websites;

public sealed class RecordNumbersTests
{
    [Theory]
    [InlineData("京ICP备05060933号")]
    [InlineData("京ICP备05060933号-1")]
    [InlineData("京ICP备05083565号")]
    [InlineData("京ICP备05060933")]
    [InlineData("渝ICP备05003300号")]
    [InlineData("新ICP备12000001号-12")]
    public void Accepts_ICP_numbers(string value) => Assert.True(RecordNumbers.IsIcpNumber(value));

    [Theory]
    [InlineData("ICP备05060933号")]
    [InlineData("港ICP备05060933号")]
    [InlineData("京ICP证05060933号")]
    [InlineData("京icp备05060933号")]
    [InlineData("京ICP备号")]
    [InlineData("京ICP备05060933号-")]
    [InlineData("京ICP备05060933号 ")]
    [InlineData("无")]
    public void Refuses_malformed_ICP_numbers(string value) => Assert.False(RecordNumbers.IsIcpNumber(value));

    [Theory]
    [InlineData("京公网安备110105000722")]
    [InlineData("京公网安备11010502000001号")]
    [InlineData("湘公网安备43010302000123")]
    [InlineData("川公网安备51010402000001号")]
    public void Accepts_public_security_record_numbers(string value) => Assert.True(RecordNumbers.IsPublicSecurityRecordNumber(value));

    [Theory]
    [InlineData("京公网安备1101050007")]
    [InlineData("京公网安备110105020000011")]
    [InlineData("公网安备11010502000001号")]
    [InlineData("京ICP备11010502000001号")]
    [InlineData("蜀公网安备51010402000001号")]
    public void Refuses_malformed_public_security_record_numbers(string value) => Assert.False(RecordNumbers.IsPublicSecurityRecordNumber(value));

    [Fact]
    public void There_are_31_distinct_province_abbreviations()
    {
        Assert.Equal(31, ProvinceAbbreviations.All.Distinct().Count());
        Assert.Equal(ProvinceAbbreviations.All, string.Concat(ProvinceAbbreviations.ByProvinceCode.OrderBy(p => p.Key).Select(p => p.Value)));
    }
}
