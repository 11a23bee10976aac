using Pucha.Inspection.Findings;
using Pucha.Inspection.SiteChecks;

namespace Pucha.Inspection.Tests.SiteChecks;

public sealed class PageFindingAggregatorTests
{
    private static readonly Uri Home = new("http://www.mouxian.gov.cn/");

    private static Finding Labels(string url, string pageType) => new(CheckIds.PageLabels, Severity.Warning, "页面元数据不规范：缺少 SiteIDCode", url,
        new Dictionary<string, object?> { ["missing"] = new[] { "SiteIDCode" }, ["pageType"] = pageType });

    [Fact]
    public void The_same_template_defect_on_article_and_column_pages_stays_two_findings()
    {
        var merged = PageFindingAggregator.Merge(
            [Labels("http://www.mouxian.gov.cn/art/1.html", "article"), Labels("http://www.mouxian.gov.cn/art/2.html", "article"),
             Labels("http://www.mouxian.gov.cn/col/1/", "column")], Home).ToList();

        Assert.Equal(2, merged.Count);
        var articles = merged.Single(f => (string?)f.Evidence["pageType"] == "article");
        Assert.Equal(2, articles.Evidence["pageCount"]);
        Assert.Equal(false, articles.Evidence["onHomepage"]);
    }

    [Fact]
    public void A_merged_finding_says_whether_the_homepage_is_among_its_pages()
    {
        var merged = Assert.Single(PageFindingAggregator.Merge(
            [Labels("http://www.mouxian.gov.cn/col/1/", "home"), Labels(Home.AbsoluteUri, "home")], Home));

        Assert.Equal(Home.AbsoluteUri, merged.Url);
        Assert.Equal(true, merged.Evidence["onHomepage"]);
    }
}
