using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Tests.Analysis;

public class PagesTests
{
    [Theory]
    [InlineData("<title>404 Not Found</title><body>nginx</body>")]
    [InlineData("<title>提示信息</title><body><p>对不起，您访问的页面不存在！</p><a href='/'>返回首页</a></body>")]
    [InlineData("<title>某市人民政府</title><body><p>该信息已删除</p></body>")]
    public void Soft_404_pages_are_recognized(string html) => Assert.True(SoftNotFoundDetector.IsSoftNotFound(Html.Parse(html)));

    [Fact]
    public void Articles_mentioning_404_are_not_error_pages()
    {
        var body = string.Concat(Enumerable.Repeat("本次检查发现部分网站存在链接返回404、页面不存在等问题，要求各单位认真整改。", 20));
        Assert.False(SoftNotFoundDetector.IsSoftNotFound(Html.Parse($"<title>关于政府网站检查情况的通报</title><body><h1>通报</h1><p>{body}</p></body>")));
    }

    [Fact]
    public void Classifies_pages()
    {
        var site = SiteProfile.For(new Uri("http://www.example.gov.cn/"));
        var asOf = new DateOnly(2019, 10, 15);
        PageKind Kind(string url, string html) => PageKindClassifier.Classify(new Uri(url), Html.Parse(html), site, asOf);

        Assert.Equal(PageKind.Home, Kind("http://www.example.gov.cn/index.html", "<body></body>"));
        Assert.Equal(PageKind.SearchResults, Kind("http://www.example.gov.cn/s?q=通知", "<body></body>"));
        Assert.Equal(PageKind.MessageBoard, Kind("http://www.example.gov.cn/hd/", "<title>领导信箱</title><body></body>"));
        Assert.Equal(PageKind.ServiceGuide, Kind("http://www.example.gov.cn/bs/1.html", "<title>某事项办事指南</title><body></body>"));
        Assert.Equal(PageKind.Article, Kind("http://www.example.gov.cn/a/1.html", "<head><meta name='ArticleTitle' content='通知'></head><body></body>"));
        Assert.Equal(PageKind.Column, Kind("http://www.example.gov.cn/tzgg/", "<head><meta name='ColumnName' content='通知公告'></head><body></body>"));
        var list = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><a href='{i}.html'>第{i}则较长的通知标题</a>2019-0{i}-01</li>"));
        Assert.Equal(PageKind.Column, Kind("http://www.example.gov.cn/gzdt/", $"<body><ul>{list}</ul></body>"));
        Assert.Equal(PageKind.Other, Kind("http://www.example.gov.cn/about.html", "<body><p>关于我们</p></body>"));
    }

    [Fact]
    public void Locates_the_site_search_form()
    {
        var html = """
            <form action="/login" method="post"><input name="user"><input type="password" name="pwd"></form>
            <form action="http://search.example.gov.cn/search" method="get" name="searchform">
              <input type="hidden" name="siteCode" value="1100000088"><input type="text" name="searchWord" placeholder="请输入关键词"><input type="submit" value="搜索">
            </form>
            """;
        var form = SearchFormLocator.Locate(Html.Parse(html), new Uri("http://www.example.gov.cn/"));
        Assert.NotNull(form);
        Assert.Equal("searchWord", form.QueryParameter);
        Assert.Equal("GET", form.Method);
        Assert.Equal("http://search.example.gov.cn/search?siteCode=1100000088&searchWord=%E9%80%9A%E7%9F%A5", form.BuildQueryUrl("通知").AbsoluteUri);
        Assert.Null(SearchFormLocator.Locate(Html.Parse("<form action='/login'><input type='password' name='p'></form>"), new Uri("http://www.example.gov.cn/")));
    }

    [Fact]
    public void Domain_and_name_rules()
    {
        var homepage = Html.Parse("<html><head><title>首页</title></head><body><div class='head'><img src='logo.png' alt='某市人民政府门户网站'></div></body></html>");
        var good = SiteProfile.For(new Uri("http://www.mou.gov.cn/"), expectedName: "某市人民政府门户网站");
        Assert.Empty(DomainNameRules.Evaluate(good, homepage, isPortal: true, regionOrDepartment: "某市"));

        var bad = SiteProfile.For(new Uri("http://www.mou.com.cn/"), expectedName: "智慧城市门户");
        var findings = DomainNameRules.Evaluate(bad, homepage, isPortal: true, regionOrDepartment: "某某县");
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(CheckIds.DomainName, f.Check));
        Assert.True(DomainNameRules.NameCarries("北京朝阳", "北京市朝阳区"));
    }

    [Fact]
    public void Site_scope_covers_subdomains_of_the_homepage_host()
    {
        var site = new SiteProfile(new Uri("http://www.example.gov.cn/"), null, null, ["example-gov.cn"]);
        Assert.True(site.IsInScope(new Uri("http://zwgk.example.gov.cn/a")));
        Assert.True(site.IsInScope(new Uri("http://example-gov.cn/")));
        Assert.False(site.IsInScope(new Uri("http://notexample.gov.cn/")));
        Assert.False(site.IsInScope(new Uri("http://casino.example.com/")));
    }
}
