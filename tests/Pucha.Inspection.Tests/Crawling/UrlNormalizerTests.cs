using Pucha.Inspection.Crawling;

namespace Pucha.Inspection.Tests.Crawling;

public sealed class UrlNormalizerTests
{
    private static readonly Uri Page = new("http://www.mouxian.gov.cn/xxgk/tzgg/index.html");

    [Theory]
    [InlineData("HTTP://WWW.MouXian.gov.cn/a.html", "http://www.mouxian.gov.cn/a.html")]
    [InlineData("http://www.mouxian.gov.cn:80/a.html", "http://www.mouxian.gov.cn/a.html")]
    [InlineData("https://www.mouxian.gov.cn:443/", "https://www.mouxian.gov.cn/")]
    [InlineData("http://www.mouxian.gov.cn:8080/", "http://www.mouxian.gov.cn:8080/")]
    [InlineData("a.html#top", "http://www.mouxian.gov.cn/xxgk/tzgg/a.html")]
    [InlineData("../zcwj/./b.html", "http://www.mouxian.gov.cn/xxgk/zcwj/b.html")]
    [InlineData("/../../c.html", "http://www.mouxian.gov.cn/c.html")]
    [InlineData("http://www.mouxian.gov.cn", "http://www.mouxian.gov.cn/")]
    [InlineData("/%7Euser/%e6%94%bf.html", "http://www.mouxian.gov.cn/~user/%E6%94%BF.html")]
    [InlineData("/list?page=2&col=%41", "http://www.mouxian.gov.cn/list?page=2&col=A")]
    [InlineData("  /spaced.html  ", "http://www.mouxian.gov.cn/spaced.html")]
    public void Spellings_of_one_address_normalize_to_one(string reference, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Resolve(Page, reference)?.AbsoluteUri);

    [Theory]
    [InlineData("ftp://www.mouxian.gov.cn/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("")]
    public void Non_http_references_are_dropped(string reference) =>
        Assert.Null(UrlNormalizer.Resolve(Page, reference));
}
