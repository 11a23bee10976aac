using Pucha.Inspection.Crawling;

namespace Pucha.Inspection.Tests.Crawling;

public sealed class SrcsetTests
{
    [Theory]
    [InlineData("a.jpg", new[] { "a.jpg" })]
    [InlineData("a.jpg 1x, b.jpg 2x", new[] { "a.jpg", "b.jpg" })]
    [InlineData(" a.jpg 480w,b.jpg 960w ,c.jpg", new[] { "a.jpg", "b.jpg", "c.jpg" })]
    [InlineData("/img/a,b.jpg 1x, /img/c.jpg 2x", new[] { "/img/a,b.jpg", "/img/c.jpg" })]
    [InlineData("a.jpg,b.jpg", new[] { "a.jpg,b.jpg" })]
    [InlineData("a.jpg, b.jpg", new[] { "a.jpg", "b.jpg" })]
    [InlineData("a.jpg (max-width: 2px, 3px) 1x, b.jpg 2x", new[] { "a.jpg", "b.jpg" })]
    [InlineData(",,, ", new string[0])]
    public void Candidates_are_split_like_a_browser(string srcset, string[] expected) =>
        Assert.Equal(expected, Srcset.Candidates(srcset));
}
