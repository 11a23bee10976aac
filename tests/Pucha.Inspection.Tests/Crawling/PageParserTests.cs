using AngleSharp.Html.Parser;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Tests.Analysis;

namespace Pucha.Inspection.Tests.Crawling;

public class PageParserTests
{
    // What the engine's parser leaves out (attribute observers) must not change the tree the checks read.
    private static HtmlParser WithObservers() => new(new HtmlParserOptions { SkipComments = true, DisableElementPositionTracking = true });

    [Fact]
    public void Builds_the_same_tree_as_a_parser_with_attribute_observers()
    {
        const string html = """
            <html><head><base href="http://www.example.gov.cn/sub/"><meta charset="gbk">
            <link rel="stylesheet" href="/a.css" media="print"><link rel="icon" href="/i.ico">
            <style>.x{display:none}</style><script src="/j.js"></script></head>
            <body class="home page"><img src="a.png" srcset="b.png 2x" alt="图"><input type="hidden" name="q" value="1">
            <a href="news/1.html" rel="nofollow" class="x">新闻</a><iframe src="/f.html"></iframe>
            <object classid="clsid:1"></object><embed src="/e.swf" type="application/x-shockwave-flash">
            <table><tr><td style="display:none">隐藏</td></tr></table><!-- 注释 --></body></html>
            """;
        var expected = WithObservers().ParseDocument(html).DocumentElement.OuterHtml;
        var actual = PageParser.Create().ParseDocument(html);
        Assert.Equal(expected, actual.DocumentElement.OuterHtml);
        Assert.Equal(["home", "page"], actual.Body!.ClassList);
        Assert.Equal("hidden", actual.QuerySelector("input")!.GetAttribute("type"));
    }

    [Fact]
    public void Is_the_html_parser_of_its_own_context()
    {
        var parser = PageParser.Create();
        var document = parser.ParseDocument("<p>正文</p>");
        Assert.Same(parser, document.Context.GetService<IHtmlParser>());
    }

    [RealPagesFact]
    public void Builds_the_same_trees_as_a_parser_with_attribute_observers_on_the_real_pages()
    {
        var parser = PageParser.Create();
        var reference = WithObservers();
        var pages = Directory.EnumerateFiles(Path.Combine(RealPages.Folder!, "pages"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var path in pages)
        {
            using var expectedStream = File.OpenRead(path);
            using var actualStream = File.OpenRead(path);
            Assert.Equal(reference.ParseDocument(expectedStream).DocumentElement.OuterHtml, parser.ParseDocument(actualStream).DocumentElement.OuterHtml);
        }
    }
}
