using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Labels;

namespace Pucha.Inspection.Tests.Analysis;

public class PageLabelsCheckTests
{
    private const string SiteLabels = "<meta name='SiteName' content='某市人民政府'><meta name='sitedomain' content='www.example.gov.cn'><meta name='SiteIDCode' content=''>";

    [Fact]
    public void Article_pages_need_site_and_article_labels_matched_without_case()
    {
        var html = $"<html><head>{SiteLabels}<meta name='ArticleTitle' content='通知'><meta name='contentSource' content='本网'></head><body></body></html>";
        var finding = Assert.Single(new PageLabelsCheck().Check(Html.Page(html, PageKind.Article)));
        Assert.Equal(new[] { "PubDate" }, finding.Evidence["missing"]);
        Assert.Equal(new[] { "SiteIDCode" }, finding.Evidence["empty"]);
    }

    [Fact]
    public void Column_pages_need_the_column_labels_and_other_pages_only_the_site_labels()
    {
        var html = $"<html><head>{SiteLabels.Replace("content=''", "content='1100000088'", StringComparison.Ordinal)}<meta name='ColumnName' content='通知公告'></head></html>";
        var column = Assert.Single(new PageLabelsCheck().Check(Html.Page(html, PageKind.Column)));
        Assert.Equal(new[] { "ColumnDescription", "ColumnKeywords", "ColumnType" }, column.Evidence["missing"]);
        Assert.Empty(new PageLabelsCheck().Check(Html.Page(html, PageKind.Home)));
    }

    [Fact]
    public void Commented_out_labels_are_absent() =>
        Assert.False(PageLabels.Read(Html.Parse("<html><head><!--<meta name='ColumnType' content=''>--></head></html>")).IsPresent("ColumnType"));
}
