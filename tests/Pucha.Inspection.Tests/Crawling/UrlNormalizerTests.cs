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

public sealed class ResolutionCacheTests
{
    [Theory]
    [InlineData("http://a.gov.cn/x/y.html", "/z.html", "http://a.gov.cn/z.html")]
    [InlineData("http://b.gov.cn/x/y.html", "/z.html", "http://b.gov.cn/z.html")]
    [InlineData("https://a.gov.cn/x/y.html", "/z.html", "https://a.gov.cn/z.html")]
    [InlineData("http://a.gov.cn/x/y.html", "z.html", "http://a.gov.cn/x/z.html")]
    [InlineData("http://a.gov.cn/q/r.html", "z.html", "http://a.gov.cn/q/z.html")]
    [InlineData("http://a.gov.cn/x/y.html", "//c.gov.cn/z.html", "http://c.gov.cn/z.html")]
    [InlineData("http://a.gov.cn/x/y.html", "HTTP://C.gov.cn:80/z.html#f", "http://c.gov.cn/z.html")]
    public void Cached_resolution_equals_direct_resolution(string page, string reference, string expected)
    {
        var cache = new Pucha.Inspection.Crawling.ResolutionCache();
        // Warm the cache from another page of another origin first: the answer must not leak across origins or paths.
        cache.Resolve(new Uri("http://b.gov.cn/other/page.html"), reference);
        cache.Resolve(new Uri("http://a.gov.cn/x/y.html"), reference);
        Assert.Equal(expected, cache.Resolve(new Uri(page), reference)?.AbsoluteUri);
        Assert.Equal(expected, Pucha.Inspection.Crawling.UrlNormalizer.Resolve(new Uri(page), reference)?.AbsoluteUri);
    }
}
