namespace Pucha.Inspect.Tests;

/// <summary>The native inspector's arguments: the engine's options as `pucha inspect` reads them, minus what only pucha can do.</summary>
public sealed class InspectArgumentsTests
{
    private static readonly DateOnly Today = new(2024, 6, 15);

    private static RawInspectArguments Raw(string? format = null, bool render = false, string? score = null) =>
        new("http://www.mouxian.gov.cn/", null, "10", null, "4", null, [], true, render, ["www.mouxian.gov.cn=127.0.0.1"], ["127.0.0.0/8"],
            format, null, "5", false, score);

    [Fact]
    public void The_native_inspector_reads_the_engine_options_like_pucha_inspect()
    {
        var arguments = InspectArguments.Parse(Raw("json"), Today, platform: null);

        Assert.Equal(ReportFormat.Json, arguments.Format);
        Assert.Equal(Today, arguments.Options.AsOf);
        Assert.Equal(10, arguments.Options.Crawl.MaxPages);
        Assert.Equal(4, arguments.Options.Crawl.Concurrency);
        Assert.True(arguments.Options.Crawl.NoExternal);
        Assert.Equal(TimeSpan.FromSeconds(5), arguments.Options.Fetch.Timeout);
        Assert.Equal("www.mouxian.gov.cn", Assert.Single(arguments.Options.Resolve).Host);
        Assert.Null(arguments.Scorer);
    }

    [Theory]
    [InlineData("xlsx", false, null, "xlsx")]
    [InlineData("json", true, null, "--render")]
    [InlineData("table", false, "2019", "--score")]
    public void Without_the_platform_score_render_and_xlsx_are_refused_with_a_clear_message(string format, bool render, string? score, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => InspectArguments.Parse(Raw(format, render, score), Today, platform: null));

        Assert.Contains(named, error.Message);
        Assert.Contains("pucha inspect", error.Message);
    }
}
