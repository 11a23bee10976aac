using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Dates;
using Pucha.Inspection.Analysis.Identity;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Tests.Analysis;

/// <summary>Crawled pages are hostile: deep nesting, huge scripts and style sheets must not break the readers.</summary>
public class HostileInputTests
{
    [Fact]
    public void Deeply_nested_markup_is_read_without_overflowing_the_stack()
    {
        const int depth = 10_000;
        var html = string.Concat(Enumerable.Repeat("<span>", depth)) + "发布时间：2019-04-01" + string.Concat(Enumerable.Repeat("</span>", depth));
        var document = Html.Parse($"<body>{html}</body>");
        Assert.Contains("2019-04-01", DomText.Visible(document), StringComparison.Ordinal);
        Assert.Equal("2019-04-01", PublicationDateExtractor.Extract(document, new DateOnly(2019, 10, 15))?.ToString());
    }

    [Fact]
    public void Huge_scripts_and_style_sheets_are_bounded()
    {
        var script = "<script>var s = \"" + new string('a', 300_000) + "\" + '" + new string('"', 50_000) + "';</script>";
        var style = "<style>" + string.Concat(Enumerable.Repeat(".x{display:none} ", 20_000)) + "</style>";
        var page = Html.Page($"<html><head>{style}</head><body>{script}<p class='x'><a href='http://spam.example.com/'>x</a></p></body></html>");
        Assert.NotNull(SiteIdentityExtractor.Extract(page.Document));
        foreach (var check in PageChecks.Create())
        {
            _ = check.Check(page).ToList();
        }

        Assert.Single(new Pucha.Inspection.Analysis.HiddenLinks.HiddenLinkCheck().Check(page));
    }
}
