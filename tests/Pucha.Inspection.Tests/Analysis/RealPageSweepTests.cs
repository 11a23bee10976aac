using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Compatibility;
using Pucha.Inspection.Analysis.HiddenLinks;
using Pucha.Inspection.Analysis.Pages;

namespace Pucha.Inspection.Tests.Analysis;

/// <summary>Checks that must stay quiet on ordinary real government pages.</summary>
public class RealPageSweepTests
{
    private static PageContext Page(string path)
    {
        var host = path.Split('/')[0] switch
        {
            "mhxqwer-gov-clones" => "www." + path.Split('/')[1],
            "homepages" => "www." + Path.GetFileNameWithoutExtension(path),
            "nfra.gov.cn" => "www.nfra.gov.cn",
            "pingtan" => "www.pingtan.gov.cn",
            _ => "www." + path.Split('/')[^2] + ".gov.cn",
        };
        var site = SiteProfile.For(new Uri($"http://{host}/"));
        var url = new Uri($"http://{host}/{(path.StartsWith("homepages/", StringComparison.Ordinal) ? string.Empty : "art/2024/1.html")}");
        var document = RealPages.Load(path);
        return new PageContext(url, document, PageKindClassifier.Classify(url, document, site, new DateOnly(2026, 11, 22)), site, new DateOnly(2026, 11, 22));
    }

    [RealPagesTheory]
    [MemberData(nameof(AllPages))]
    public void Real_pages_are_not_error_pages_and_have_no_hidden_links(string path)
    {
        var page = Page(path);
        Assert.False(SoftNotFoundDetector.IsSoftNotFound(page.Document));
        Assert.Empty(new HiddenLinkCheck().Check(page).Select(f => $"{f.Evidence["technique"]} {f.Evidence["target"]}"));
    }

    [RealPagesTheory]
    [MemberData(nameof(AllPages))]
    public void Real_pages_are_classified_by_what_they_are(string path)
    {
        var row = RealPages.Row(path);
        var expected = path.StartsWith("homepages/", StringComparison.Ordinal) ? PageKind.Home
            : path.StartsWith("pingtan/", StringComparison.Ordinal) ? PageKind.ServiceGuide
            : PageKind.Article;
        Assert.Equal(expected, Page(path).Kind);
        _ = row;
    }

    [RealPagesTheory]
    [MemberData(nameof(AllPages))]
    public void Real_pages_have_no_ie_only_features(string path) =>
        Assert.Empty(new CompatibilityCheck().Check(Page(path)));

    public static IEnumerable<object[]> AllPages() => RealPages.Paths();
}
