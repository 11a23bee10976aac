using Pucha.Inspection.Crawling;

namespace Pucha.Inspection.Tests.Crawling;

public sealed class TrapGuardTests
{
    [Fact]
    public void Query_variants_of_one_path_are_capped()
    {
        var guard = new TrapGuard(new TrapLimits { MaxQueryVariantsPerPath = 5 });
        var accepted = Enumerable.Range(0, 20).Count(i => guard.TrapReason(new Uri($"http://a.gov.cn/cal?month={i}")) is null);
        Assert.Equal(5, accepted);
        Assert.Null(guard.TrapReason(new Uri("http://a.gov.cn/other?month=1")));
    }

    [Fact]
    public void Repeating_path_segments_are_a_loop() =>
        Assert.NotNull(new TrapGuard(new TrapLimits()).TrapReason(new Uri("http://a.gov.cn/xxgk/a/xxgk/a/xxgk/a/index.html")));

    [Fact]
    public void Very_long_urls_are_refused() =>
        Assert.NotNull(new TrapGuard(new TrapLimits()).TrapReason(new Uri("http://a.gov.cn/" + new string('x', 3000))));

    [Fact]
    public void Ordinary_article_urls_pass()
    {
        var guard = new TrapGuard(new TrapLimits());
        for (var i = 0; i < 1000; i++)
            Assert.Null(guard.TrapReason(new Uri($"http://a.gov.cn/art/2024/6/{i % 28 + 1}/art_123_{i}.html")));
    }
}
