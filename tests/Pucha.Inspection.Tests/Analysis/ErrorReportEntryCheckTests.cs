using Pucha.Inspection.Analysis.Identity;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Tests.Analysis;

public class ErrorReportEntryCheckTests
{
    [Theory]
    [InlineData("<script id=\"_jiucuo_\" sitecode=\"1100000088\" src=\"http://example.org/exposure/jiucuo.js\"></script>")]
    [InlineData("<a href=\"https://zfwzgl.example.org/exposure/jiucuo.html?site_code=bm05000001\"><img src=\"jiucuo.png\"></a>")]
    [InlineData("<a href=\"/fuwu/page.html\">网站纠错</a>")]
    [InlineData("<img src=\"static/picture/jiucuo.png\" onclick=\"Link('3702000025')\">")]
    public void Recognizes_the_entry_in_its_usual_forms(string markup)
    {
        Assert.True(ErrorReportEntryCheck.Find(Html.Parse($"<body>{markup}</body>")).Present);
        Assert.Empty(new ErrorReportEntryCheck().Check(Html.Page($"<body>{markup}</body>")));
    }

    [Theory]
    [InlineData("<!-- <a href=\"http://example.org/exposure/jiucuo.html\">【我要纠错】</a> -->")]
    [InlineData("<span id=\"_span_jiucuo\" title=\"政府网站找错\"></span>")]
    [InlineData("<script>$(\"#_span_jiucuo img\").attr(\"title\",\"政府网站找错\");</script>")]
    public void Comments_placeholders_and_attribute_scripts_are_not_an_entry(string markup)
    {
        var finding = Assert.Single(new ErrorReportEntryCheck().Check(Html.Page($"<body>{markup}</body>")));
        Assert.Equal(CheckIds.ErrorReportEntry, finding.Check);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_hidden_entry_is_present_but_reported()
    {
        var html = "<body><div style=\"display:none\"><a href=\"http://example.org/exposure/jiucuo.html\">纠错</a></div></body>";
        var finding = Assert.Single(new ErrorReportEntryCheck().Check(Html.Page(html)));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(true, finding.Evidence["hidden"]);
    }

    [RealPagesTheory]
    [MemberData(nameof(AllPages))]
    public void Matches_the_real_pages(string path) =>
        Assert.Equal(RealPages.Row(path)["jiucuo"], ErrorReportEntryCheck.Find(RealPages.Load(path)).Present ? "yes" : "no");

    public static IEnumerable<object[]> AllPages() => RealPages.Paths();
}
