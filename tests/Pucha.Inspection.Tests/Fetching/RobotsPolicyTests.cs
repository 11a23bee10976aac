using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Tests.Fetching;

public sealed class RobotsPolicyTests
{
    private const string Robots = """
        User-agent: Baiduspider
        Disallow: /

        User-agent: *
        Disallow: /private/
        Disallow: /*.php$
        Allow: /private/open/
        Crawl-delay: 1
        """;

    [Theory]
    [InlineData("/", true)]
    [InlineData("/xxgk/index.html", true)]
    [InlineData("/private/a.html", false)]
    [InlineData("/private/open/a.html", true)]
    [InlineData("/search.php", false)]
    [InlineData("/search.php?q=1", true)]
    public void The_star_group_applies(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsPolicy.Parse(Robots).IsAllowed(path));

    [Fact]
    public void A_group_naming_pucha_wins_over_the_star_group()
    {
        var policy = RobotsPolicy.Parse("User-agent: *\nDisallow: /\n\nUser-agent: Pucha\nDisallow: /tmp/\n");
        Assert.True(policy.IsAllowed("/index.html"));
        Assert.False(policy.IsAllowed("/tmp/x"));
    }

    [Fact]
    public void Crawl_delay_is_read() => Assert.Equal(TimeSpan.FromSeconds(1), RobotsPolicy.Parse(Robots).CrawlDelay);
}
