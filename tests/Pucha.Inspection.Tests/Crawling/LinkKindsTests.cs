using Pucha.Inspection.Crawling;
using Pucha.Inspection.Tests.Analysis;

namespace Pucha.Inspection.Tests.Crawling;

/// <summary>Every address a browser loads or a visitor follows is extracted, each with how it is visited.</summary>
public sealed class LinkKindsTests
{
    private static readonly Uri PageUrl = new("http://www.example.gov.cn/col/index.html");

    private static Dictionary<string, LinkKind> Links(string body, List<MalformedLink>? malformed = null) =>
        LinkExtractor.Extract(Html.Parse($"<html><head></head><body>{body}</body></html>"), PageUrl, malformed: malformed)
            .ToDictionary(l => l.Target.AbsoluteUri.Replace("http://www.example.gov.cn", "", StringComparison.Ordinal), l => l.Kind);

    [Theory]
    [InlineData("""<img src="a.png" srcset="b.png 2x, /c.png 3x">""", "/col/b.png", LinkKind.Resource)]
    [InlineData("""<picture><source srcset="/p-480.webp 480w, /p-960.webp 960w"><img src="/p.jpg"></picture>""", "/p-960.webp", LinkKind.Resource)]
    [InlineData("""<img src="/a.png" lowsrc="/low.gif">""", "/low.gif", LinkKind.Resource)]
    [InlineData("""<img src="/a.png" longdesc="/desc.html">""", "/desc.html", LinkKind.Page)]
    [InlineData("""<img src="/a.png" usemap="/maps.html#m">""", "/maps.html", LinkKind.Page)]
    [InlineData("""<div style="background-image:url('/img/bg.png')">x</div>""", "/img/bg.png", LinkKind.Resource)]
    [InlineData("""<style>body{background:url(/img/body.jpg)} @import "/css/print.css";</style>""", "/img/body.jpg", LinkKind.Resource)]
    [InlineData("""<style>@import url(/css/print.css);</style>""", "/css/print.css", LinkKind.Stylesheet)]
    [InlineData("""<table background="/img/table.gif"><tr><td background="/img/td.gif">x</td></tr></table>""", "/img/td.gif", LinkKind.Resource)]
    [InlineData("""<video src="/v.mp4" poster="/poster.jpg"></video>""", "/poster.jpg", LinkKind.Resource)]
    [InlineData("""<video><track src="/subs.vtt"></video>""", "/subs.vtt", LinkKind.Resource)]
    [InlineData("""<object data="/o.swf" codebase="/plugins/" archive="a.jar, b.jar"></object>""", "/plugins/b.jar", LinkKind.Resource)]
    [InlineData("""<object classid="clsid:1" codebase="/plugins/setup.cab"></object>""", "/plugins/setup.cab", LinkKind.Resource)]
    [InlineData("""<applet codebase="/java/" code="Main.class" archive="app.jar"></applet>""", "/java/app.jar", LinkKind.Resource)]
    [InlineData("""<applet codebase="/java/" code="Main.class"></applet>""", "/java/Main.class", LinkKind.Resource)]
    [InlineData("""<form action="/search/result.html" method="get"><input name="q"></form>""", "/search/result.html", LinkKind.Page)]
    [InlineData("""<form action="/login" method="post"><button formaction="/other.html">x</button></form>""", "/other.html", LinkKind.Page)]
    [InlineData("""<bgsound src="/music.mid">""", "/music.mid", LinkKind.Resource)]
    [InlineData("""<blockquote cite="/source.html">引文</blockquote>""", "/source.html", LinkKind.Page)]
    [InlineData("""<q cite="/q.html">引文</q>""", "/q.html", LinkKind.Page)]
    [InlineData("""<link rel="stylesheet" href="/css/site.css">""", "/css/site.css", LinkKind.Stylesheet)]
    [InlineData("""<meta http-equiv="refresh" content="5; url=/next.html">""", "/next.html", LinkKind.Page)]
    [InlineData("""<meta rel="icon" href="/favicon.ico">""", "/favicon.ico", LinkKind.Resource)]
    [InlineData("""<iframe src="/f.html" longdesc="/fd.html"></iframe>""", "/fd.html", LinkKind.Page)]
    // object: the engine's LinkKind is internal, and a public test method cannot take it.
    public void A_kind_a_browser_loads_is_extracted(string html, string expected, object kind)
    {
        var links = Links(html);
        Assert.True(links.TryGetValue(expected, out var found), $"{expected} not in {string.Join(", ", links.Keys)}");
        Assert.Equal((LinkKind)kind, found);
    }

    [Fact]
    public void The_manifest_of_the_html_element_is_a_resource()
    {
        var links = LinkExtractor.Extract(Html.Parse("<html manifest=\"/app.appcache\"><body></body></html>"), PageUrl);
        Assert.Contains(links, l => l.Target.AbsolutePath == "/app.appcache" && l.Kind == LinkKind.Resource);
    }

    [Fact]
    public void A_post_form_and_an_empty_background_are_not_links()
    {
        var links = Links("""<form action="/login.do" method="POST"></form><tr background></tr><td background="">x</td>""");
        Assert.DoesNotContain("/login.do", links.Keys);
        Assert.Empty(links);
    }

    [Theory]
    [InlineData("http://")]
    [InlineData("http:/")]
    [InlineData("http:")]
    [InlineData("http:/www.example.com/")]
    [InlineData("http:www.example.com/")]
    [InlineData("http://.example.org/")]
    [InlineData("http://localhost]")]
    [InlineData("file:///C:/政府/通知.doc")]
    public void A_reference_no_browser_can_open_is_malformed(string reference)
    {
        var malformed = new List<MalformedLink>();
        var links = Links($"<a href=\"{reference}\">x</a>", malformed);
        var link = Assert.Single(malformed);
        Assert.Equal(reference, link.Reference);
        Assert.NotEmpty(link.Reason);
        Assert.Empty(links);
    }

    [Theory]
    [InlineData("//www.example.com/")]
    [InlineData("HTTP://WWW.EXAMPLE.COM/")]
    [InlineData("/relative/path.html")]
    [InlineData("mailto:a@example.com")]
    public void Ordinary_references_are_not_malformed(string reference)
    {
        var malformed = new List<MalformedLink>();
        Links($"<a href=\"{reference}\">x</a>", malformed);
        Assert.Empty(malformed);
    }
}
