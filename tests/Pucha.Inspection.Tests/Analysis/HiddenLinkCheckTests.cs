using Pucha.Inspection.Analysis.HiddenLinks;
using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Tests.Analysis;

public class HiddenLinkCheckTests
{
    private static List<Pucha.Inspection.Findings.Finding> Check(string body, string style = "", LexiconScanner? terms = null) =>
        new HiddenLinkCheck(terms).Check(Html.Page($"<html><head><style>{style}</style></head><body>{body}</body></html>")).ToList();

    [Theory]
    [InlineData("<div style='display:none'><a href='http://casino.example.com/'>娱乐</a></div>", "display:none")]
    [InlineData("<div style='visibility: hidden'><a href='http://casino.example.com/'>娱乐</a></div>", "visibility:hidden")]
    [InlineData("<div style='position:absolute; left:-9999px'><a href='http://casino.example.com/'>娱乐</a></div>", "off-screen")]
    [InlineData("<div style='position:absolute;top:-1000px'><a href='http://casino.example.com/'>娱乐</a></div>", "off-screen")]
    [InlineData("<p style='text-indent:-9999px'><a href='http://casino.example.com/'>娱乐</a></p>", "text-indent")]
    [InlineData("<span style='font-size:0'><a href='http://casino.example.com/'>娱乐</a></span>", "font-size:0")]
    [InlineData("<div style='width:0;height:0'><a href='http://casino.example.com/'>娱乐</a></div>", "zero-size")]
    [InlineData("<div style='overflow:hidden;height:1px'><a href='http://casino.example.com/'>娱乐</a></div>", "overflow-hidden")]
    [InlineData("<div style='color:#fff;background-color:#FFFFFF'><a href='http://casino.example.com/'>娱乐</a></div>", "same-color")]
    public void Reports_external_links_hidden_inline(string body, string technique)
    {
        var finding = Assert.Single(Check(body));
        Assert.Equal(CheckIds.HiddenLink, finding.Check);
        Assert.Equal(technique, finding.Evidence["technique"]);
        Assert.Equal("http://casino.example.com/", finding.Evidence["target"]);
    }

    [Fact]
    public void Reports_links_hidden_by_a_style_block()
    {
        var finding = Assert.Single(Check("<div class='seo'><a href='http://pills.example.net/buy'>药</a></div>", ".seo { display : none }"));
        Assert.Equal("display:none", finding.Evidence["technique"]);
    }

    [Fact]
    public void Hidden_menus_inside_the_site_and_hidden_government_services_are_ordinary()
    {
        var body = """
            <ul class="submenu" style="display:none"><li><a href="/zwgk/">政务公开</a></li><li><a href="http://sub.example.gov.cn/x">子站</a></li></ul>
            <div style="display:none"><a href="http://121.43.68.40/exposure/jiucuo.html?site_code=3300000020">纠错</a><a href="http://www.other.gov.cn/">兄弟网站</a></div>
            <a href="http://casino.example.com/">看得见的外链</a>
            """;
        Assert.Empty(Check(body));
    }

    [Fact]
    public void Hidden_text_or_links_carrying_dictionary_terms_are_reported_even_inside_the_site()
    {
        var terms = LexiconScanner.Build(LexiconDictionary.Parse(new StringReader("博彩\n"), "t"));
        var findings = Check("<div style='display:none'><a href='/x.html'>博彩网站</a></div><p style='font-size:0px'>在线博彩</p>", terms: terms);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("博彩", f.Evidence["term"]));
        Assert.Null(findings[1].Evidence["target"]);
    }
}
