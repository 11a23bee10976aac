using Pucha.Core.Websites;

namespace Pucha.Core.Tests.Websites;

public sealed class HomepageUrlsTests
{
    [Theory]
    [InlineData("http://www.beijing.gov.cn")]
    [InlineData("https://www.gov.cn/")]
    [InlineData("http://www.cq.gov.cn:8080/index.html?a=1")]
    [InlineData("http://[::1]:5000/")]
    public void Accepts_absolute_http_addresses(string url) => Assert.Null(HomepageUrls.Check(url));

    [Theory]
    [InlineData("", "网址不能为空。")]
    [InlineData("www.beijing.gov.cn", "网址须以 http:// 或 https:// 开头")]
    [InlineData("ftp://www.beijing.gov.cn", "网址须以 http:// 或 https:// 开头")]
    [InlineData("/index.html", "网址须以 http:// 或 https:// 开头")]
    [InlineData("http://admin:secret@www.beijing.gov.cn/", "网址中不能包含用户名或密码。")]
    [InlineData("http://www.beijing .gov.cn/", "网址中不能有空格。")]
    public void Refuses_other_addresses(string url, string message) => Assert.StartsWith(message, HomepageUrls.Check(url));

    [Theory]
    [InlineData("http://WWW.Beijing.GOV.cn", "http://www.beijing.gov.cn/")]
    [InlineData("HTTP://www.beijing.gov.cn:80/", "http://www.beijing.gov.cn/")]
    [InlineData("https://www.beijing.gov.cn:443/#top", "https://www.beijing.gov.cn/")]
    [InlineData("http://www.beijing.gov.cn:8080/Index.html?x=1#a", "http://www.beijing.gov.cn:8080/Index.html?x=1")]
    [InlineData("  http://www.beijing.gov.cn/zwgk/  ", "http://www.beijing.gov.cn/zwgk/")]
    [InlineData("http://政府.cn/", "http://xn--mxtq1m.cn/")]
    public void Normalizes_for_the_uniqueness_rule(string url, string expected) => Assert.Equal(expected, HomepageUrls.Normalize(url));

    [Fact]
    public void Normalizing_an_invalid_address_throws() => Assert.Throws<FormatException>(() => HomepageUrls.Normalize("www.beijing.gov.cn"));
}
