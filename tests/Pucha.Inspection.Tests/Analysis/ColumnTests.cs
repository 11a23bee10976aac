using Pucha.Inspection.Analysis.Columns;

namespace Pucha.Inspection.Tests.Analysis;

public class ColumnTests
{
    private static readonly Uri ListUrl = new("http://www.example.gov.cn/tzgg/index.html");

    [Fact]
    public void Reads_the_dated_list_and_ignores_navigation()
    {
        var html = """
            <html><body>
            <div class="nav"><ul><li><a href="/">首页网站</a></li><li><a href="/zwgk/">政务公开栏目</a></li><li><a href="/hdjl/">互动交流栏目</a></li></ul></div>
            <ul class="list">
              <li><a href="./201904/t1.html" title="关于开展2019年度政府网站检查工作的通知">关于开展2019年度政府网站检查…</a><span>[04-01]</span></li>
              <li><a href="./201812/t2.html">关于做好元旦春节期间有关工作的通知</a><span>2018-12-28</span></li>
              <li><a href="./201911/t3.html">去年十一月的一则通知公告</a><span>11-20</span></li>
            </ul>
            <div class="page"><a href="index_1.html">下一页</a><a href="index_9.html">尾页</a></div>
            </body></html>
            """;
        var page = ListItemExtractor.Extract(Html.Parse(html), ListUrl, new DateOnly(2019, 10, 15));
        Assert.Equal(3, page.Items.Count);
        Assert.Equal("关于开展2019年度政府网站检查工作的通知", page.Items[0].Title);
        Assert.Equal(new Uri("http://www.example.gov.cn/tzgg/201904/t1.html"), page.Items[0].Url);
        Assert.Equal(new DateOnly(2019, 4, 1), page.Items[0].Date);
        Assert.Equal(new DateOnly(2018, 12, 28), page.Items[1].Date);
        Assert.Equal(new DateOnly(2018, 11, 20), page.Items[2].Date);
        Assert.Equal(new Uri("http://www.example.gov.cn/tzgg/index_1.html"), page.NextPage);
        Assert.Equal(new Uri("http://www.example.gov.cn/tzgg/index_9.html"), page.LastPage);
        Assert.Equal(new DateOnly(2019, 4, 1), page.NewestDate);
    }

    [Fact]
    public void Derives_pages_from_a_script_pager()
    {
        var html = """
            <ul><li><a href="a.html">一则较长的信息标题</a> 2019-01-02</li></ul>
            <script>var countPage = 4; var currentPage = 0; createPageHTML(countPage, currentPage, "index", "shtml");</script>
            """;
        var page = ListItemExtractor.Extract(Html.Parse(html), ListUrl, new DateOnly(2019, 10, 15));
        Assert.Equal(
            ["index.shtml", "index_1.shtml", "index_2.shtml", "index_3.shtml"],
            page.PageUrls.Select(u => u.Segments[^1]).ToList());
    }

    [Theory]
    [InlineData("工作动态", ColumnUpdateDuty.News, "2周")]
    [InlineData("要闻", ColumnUpdateDuty.News, "2周")]
    [InlineData("通知公告", ColumnUpdateDuty.NoticeOrPolicy, "6个月")]
    [InlineData("政策解读", ColumnUpdateDuty.NoticeOrPolicy, "6个月")]
    [InlineData("政策文件", ColumnUpdateDuty.NoticeOrPolicy, "6个月")]
    [InlineData("人事信息", ColumnUpdateDuty.PersonnelOrPlanning, "1年")]
    [InlineData("人事动态", ColumnUpdateDuty.PersonnelOrPlanning, "1年")]
    [InlineData("规划计划", ColumnUpdateDuty.PersonnelOrPlanning, "1年")]
    [InlineData("機構職能", ColumnUpdateDuty.Other, "应及时更新")]
    // object: the engine's ColumnUpdateDuty is internal, and a public test method cannot take it.
    public void Classifies_columns_by_name(string name, object kind, string period)
    {
        var rule = ColumnUpdateDutyClassifier.Classify(name);
        Assert.Equal((ColumnUpdateDuty)kind, rule.Kind);
        Assert.Equal(period, rule.Describe());
    }

    [Fact]
    public void Update_limits_count_back_from_as_of()
    {
        var asOf = new DateOnly(2019, 3, 1);
        Assert.Equal(new DateOnly(2019, 2, 15), ColumnUpdateDutyClassifier.Classify("新闻").OldestAllowed(asOf));
        Assert.Equal(new DateOnly(2018, 9, 1), ColumnUpdateDutyClassifier.Classify("通知公告").OldestAllowed(asOf));
        Assert.Equal(new DateOnly(2018, 3, 1), ColumnUpdateDutyClassifier.Classify("人事").OldestAllowed(asOf));
        Assert.Null(ColumnUpdateDutyClassifier.Classify("其他").OldestAllowed(asOf));
    }

    [Theory]
    [InlineData("<div class='list'>暂无信息</div>", "栏目仅显示「暂无信息」")]
    [InlineData("<div class='list'>本栏目正在建设中</div>", "栏目仅显示「正在建设中」")]
    [InlineData("<div class='list'></div>", "栏目没有任何条目")]
    public void Empty_columns_are_recognized(string body, string reason)
    {
        var document = Html.Parse($"<body>{body}</body>");
        var list = ListItemExtractor.Extract(document, ListUrl, new DateOnly(2019, 10, 15));
        Assert.Equal(reason, EmptyColumnDetector.Reason(document, list));
    }

    [Fact]
    public void A_column_with_items_is_not_empty()
    {
        var document = Html.Parse("<ul><li><a href='a.html'>关于某某工作的通知</a>2019-01-02</li></ul>");
        Assert.False(EmptyColumnDetector.IsEmpty(document, ListItemExtractor.Extract(document, ListUrl, new DateOnly(2019, 10, 15))));
    }

    [Fact]
    public void A_homepage_yields_each_of_its_lists()
    {
        var html = """
            <div class="yw"><ul><li><a href="/yw/1.html">要闻第一条较长标题</a>2019-10-14</li><li><a href="/yw/2.html">要闻第二条较长标题</a>2019-10-13</li></ul></div>
            <div class="tz"><ul><li><a href="/tz/1.html">通知公告第一条标题</a>2019-09-01</li></ul></div>
            """;
        var groups = ListItemExtractor.ExtractGroups(Html.Parse(html), new Uri("http://www.example.gov.cn/"), new DateOnly(2019, 10, 15));
        Assert.Equal([2, 1], groups.Select(g => g.Count).ToList());
        Assert.Equal(new DateOnly(2019, 9, 1), groups[1][0].Date);
    }
}
