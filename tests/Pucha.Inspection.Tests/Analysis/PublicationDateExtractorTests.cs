using Pucha.Inspection.Analysis.Dates;

namespace Pucha.Inspection.Tests.Analysis;

public class PublicationDateExtractorTests
{
    private static readonly DateOnly AsOf = new(2019, 10, 15);

    private static string? Extract(string body, string head = "") =>
        PublicationDateExtractor.Extract(Html.Parse($"<html><head><title>关于开展检查的通知_某市人民政府</title>{head}</head><body>{body}</body></html>"), AsOf)?.ToString();

    [Theory]
    [InlineData("<h1>关于开展检查的通知</h1><div>发布时间：2019-04-01</div>", "2019-04-01")]
    [InlineData("<h1>关于开展检查的通知</h1><div>发布日期：2019/4/1 10:20</div>", "2019-04-01 10:20")]
    [InlineData("<h1>关于开展检查的通知</h1><div>时间：2019年4月1日</div>", "2019-04-01")]
    [InlineData("<h1>关于开展检查的通知</h1><div>日期：2019.04.01</div>", "2019-04-01")]
    [InlineData("<h1>关于开展检查的通知</h1><div>发布时间：２０１９－０４－０１　１０：２０</div>", "2019-04-01 10:20")]
    [InlineData("<h1>关于开展检查的通知</h1><div>发布时间：2019-04-01 10∶20</div>", "2019-04-01 10:20")]
    [InlineData("<h1>关于开展检查的通知</h1><div>发布时间：2019年04月01日 10时20分</div>", "2019-04-01 10:20")]
    [InlineData("<h1>关于开展检查的通知</h1><div>来源：市政府办公室 2019-04-01 10:20</div>", "2019-04-01 10:20")]
    public void Reads_labelled_dates_in_every_written_form(string body, string expected) =>
        Assert.Equal(expected, Extract(body));

    [Fact]
    public void Rejects_impossible_dates()
    {
        Assert.Null(Extract("<h1>关于开展检查的通知</h1><div>发布时间：2019-02-30</div>"));
        Assert.Null(Extract("<h1>关于开展检查的通知</h1><div>发布时间：2019-13-01</div>"));
        Assert.Null(Extract("<h1>关于开展检查的通知</h1><div>发布时间：2019-10-17</div>"));
        Assert.Equal("2019-10-16", Extract("<h1>关于开展检查的通知</h1><div>发布时间：2019-10-16</div>"));
    }

    [Fact]
    public void Ignores_alt_attributes_hidden_blocks_scripts_and_comments()
    {
        var body = """
            <h1>关于开展检查的通知</h1>
            <span alt="时间：2017-11-08 20:26"><i>时间：</i>2019-09-18 06:23</span>
            <div style="display:none">publishdate:2019-10-01 22:09:58</div>
            <script>var pubtime = '2019-10-02';</script>
            <!-- 发布时间：2019-10-03 -->
            """;
        Assert.Equal("2019-09-18 06:23", Extract(body));
    }

    [Fact]
    public void Prefers_the_date_near_the_title_over_copyright_and_top_bar_dates()
    {
        var body = $$"""
            <div class="top">今天：2019年10月15日 星期二</div>
            <h1>关于开展检查的通知</h1>
            <div>2019-04-01 10:10 来源：某日报</div>
            <p>{{new string('文', 800)}}</p>
            <div class="foot">© 2001-2019 版权所有 网站最后更新：2019-10-14</div>
            """;
        Assert.Equal("2019-04-01 10:10", Extract(body));
    }

    [Fact]
    public void Passes_over_dates_labelled_as_something_else()
    {
        var body = """
            <h1>关于开展检查的通知</h1>
            <table><tr><td>生成日期：2019-06-04</td></tr></table>
            <p>正文……（2019年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>
            <div>发布日期：2019-06-13</div>
            """;
        Assert.Equal("2019-06-13", Extract(body));
    }

    [Fact]
    public void Falls_back_to_the_meta_label_and_lets_the_visible_date_win_when_they_differ()
    {
        const string meta = "<meta name=\"PubDate\" content=\"2019-05-12 23:20\">";
        var fromMeta = PublicationDateExtractor.Extract(Html.Parse($"<html><head>{meta}</head><body><p>正文</p></body></html>"), AsOf);
        Assert.Equal(PublicationDateSource.Meta, fromMeta?.Source);
        Assert.Equal("2019-05-12 23:20", fromMeta?.ToString());

        Assert.Equal("2009-09-30 10:53", Extract("<h1>关于开展检查的通知</h1><div>发布时间：2009-09-30 10:53</div>", meta));
    }

    [Fact]
    public void A_page_without_any_date_has_none() =>
        Assert.Null(Extract("<h1>关于开展检查的通知</h1><p>2007年第23号</p>"));

    [RealPagesTheory]
    [MemberData(nameof(ArticlePages))]
    public void Finds_the_date_a_reader_sees_on_real_pages(string path)
    {
        var expected = RealPages.Row(path)["pub_date"];
        var found = PublicationDateExtractor.Extract(RealPages.Load(path), new DateOnly(2026, 11, 22));
        Assert.Equal(expected, found?.ToString() ?? "none");
    }

    public static IEnumerable<object[]> ArticlePages() => RealPages.Paths(r => !r["pub_date"].StartsWith("n/a", StringComparison.Ordinal));
}
