using Pucha.Inspection.Crawling;

namespace Pucha.Inspection.Tests.Crawling;

public sealed class CssReferencesTests
{
    private static string[] Urls(string css) => [.. CssReferences.Find(css).Select(r => (r.IsImport ? "@" : "") + r.Url)];

    [Fact]
    public void Url_and_import_in_every_spelling()
    {
        const string css = """
            @import "a.css"; @import 'b.css' screen; @IMPORT url(c.css);
            body { background: URL( "/img/d.png" ) no-repeat; }
            .e { background-image: url(e.gif) , url('f.jpg'); }
            @font-face { src: url(/fonts/g.woff2) format("woff2"), url(h\(1\).ttf); }
            """;
        Assert.Equal(["@a.css", "@b.css", "@c.css", "/img/d.png", "e.gif", "f.jpg", "/fonts/g.woff2", "h(1).ttf"], Urls(css));
    }

    [Fact]
    public void Comments_strings_and_identifiers_ending_in_url_are_not_references()
    {
        const string css = """
            /* background: url(commented.png) */
            .a::before { content: "url(in-a-string.png)"; }
            .b { --myurl(x.png); background: url(real.png); }
            """;
        Assert.Equal(["real.png"], Urls(css));
    }

    [Fact]
    public void Unterminated_input_ends_without_error()
    {
        Assert.Equal(["x.png"], Urls("a{background:url(x.png"));
        Assert.Empty(Urls("/* never closed url(y.png)"));
        Assert.Empty(Urls("a{content:\"never closed url(z.png)"));
    }

    [Fact]
    public void A_huge_style_sheet_is_read_within_its_bounds()
    {
        var css = string.Concat(Enumerable.Repeat("a{background:url(/i.png)}", 200_000));
        var found = CssReferences.Find(css);
        Assert.Equal(CssReferences.MaxReferences, found.Count);
    }
}
