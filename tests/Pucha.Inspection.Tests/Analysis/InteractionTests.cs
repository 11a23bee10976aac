using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Interaction;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Tests.Analysis;

public class InteractionTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;

    [Fact]
    public void Calendar_knows_holidays_and_adjusted_working_days()
    {
        for (var day = new DateOnly(2019, 10, 1); day <= new DateOnly(2019, 10, 7); day = day.AddDays(1))
        {
            Assert.False(Calendar.IsWorkingDay(day));
        }

        Assert.True(Calendar.IsWorkingDay(new DateOnly(2019, 9, 29)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2019, 10, 12)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2019, 10, 13)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2019, 10, 8)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2020, 2, 1)));
        Assert.All(Enumerable.Range(2015, 12), year => Assert.True(Calendar.Covers(year)));
        Assert.Contains("国办发明电", Calendar.Notices[2019], StringComparison.Ordinal);
    }

    [Fact]
    public void Working_days_between_count_after_the_first_day()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2019, 9, 27), new DateOnly(2019, 9, 27)));
        Assert.Equal(1, Calendar.WorkingDaysBetween(new DateOnly(2019, 9, 27), new DateOnly(2019, 9, 29)));
        Assert.Equal(3, Calendar.WorkingDaysBetween(new DateOnly(2019, 9, 27), new DateOnly(2019, 10, 8)));
        Assert.Equal(new DateOnly(2019, 10, 9), Calendar.AddWorkingDays(new DateOnly(2019, 9, 29), 3));
    }

    private const string Board = """
        <html><head><title>领导信箱</title></head><body>
        <table>
        <tr><th>标题</th><th>留言时间</th><th>回复时间</th><th>回复单位</th><th>状态</th></tr>
        <tr><td><a href="/xx/1.html">关于道路维修的建议</a></td><td>2019-09-27</td><td>2019-10-08</td><td>市城管局</td><td>已回复</td></tr>
        <tr><td><a href="/xx/2.html">关于学校招生的咨询</a></td><td>2019-09-20</td><td>2019-10-10</td><td>市教育局</td><td>已回复</td></tr>
        <tr><td><a href="/xx/3.html">关于噪音扰民的投诉</a></td><td>2019-05-06</td><td></td><td></td><td>未回复</td></tr>
        <tr><td><a href="/xx/4.html">关于公交线路的建议</a></td><td>2019-08-30</td><td></td><td></td><td>办理中</td></tr>
        <tr><td><a href="/xx/5.html">两年前的留言</a></td><td>2017-05-06</td><td></td><td></td><td>未回复</td></tr>
        </table></body></html>
        """;

    [Fact]
    public void Reads_a_board_table()
    {
        var board = MessageBoardAnalyzer.Parse(Html.Parse(Board), new Uri("http://www.example.gov.cn/xx/"), new DateOnly(2019, 10, 15));
        Assert.Equal(5, board.Entries.Count);
        var first = board.Entries[0];
        Assert.Equal(("关于道路维修的建议", new DateOnly(2019, 9, 27), (DateOnly?)new DateOnly(2019, 10, 8), true, "市城管局"), (first.Title, first.Posted, first.Answered, first.IsAnswered, first.ReplyingUnit));
        Assert.Equal(new Uri("http://www.example.gov.cn/xx/1.html"), first.Url);
        Assert.False(board.Entries[2].IsAnswered);
        Assert.Equal(new DateOnly(2019, 10, 10), board.LastUpdate);
    }

    [Fact]
    public void Reports_late_answers_in_working_days_and_old_unanswered_messages()
    {
        var page = Html.Page(Board, PageKind.MessageBoard, "http://www.example.gov.cn/xx/", new DateOnly(2019, 10, 15));
        var findings = new InteractionCheck().Check(page).ToList();

        var late = Assert.Single(findings, f => f.Evidence.ContainsKey("delayDays"));
        Assert.Equal(new DateOnly(2019, 9, 20), late.Evidence["posted"]);
        Assert.Equal(10, late.Evidence["delayDays"]);
        Assert.Equal(Severity.Warning, late.Severity);

        var unanswered = Assert.Single(findings, f => f.Evidence.ContainsKey("unanswered"));
        Assert.Equal(Severity.Veto, unanswered.Severity);
        Assert.Equal(new DateOnly(2019, 5, 6), unanswered.Evidence["posted"]);
        Assert.Equal(CheckIds.Interaction, unanswered.Check);
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Error_report_boards_allow_three_working_days_and_stale_boards_are_reported()
    {
        var board = new MessageBoard([new MessageEntry("网站链接错误", null, new DateOnly(2019, 6, 3), new DateOnly(2019, 6, 10), true, "网站办")]);
        var check = new InteractionCheck(Calendar, new InteractionRules());
        var findings = check.Evaluate(board, "http://www.example.gov.cn/zc/", new DateOnly(2019, 10, 15), errorReportBoard: true);
        Assert.Equal(2, findings.Count);
        Assert.Equal(3, findings[0].Evidence["allowedDays"]);
        Assert.Equal(4, findings[0].Evidence["delayDays"]);
        Assert.Equal(new DateOnly(2019, 6, 10), findings[1].Evidence["lastUpdate"]);
        Assert.Empty(check.Evaluate(board, null, new DateOnly(2019, 7, 15), errorReportBoard: false));
    }

    [Fact]
    public void Reads_list_items_with_labels_and_a_detail_page()
    {
        var list = """
            <ul><li><a href="/a.html">咨询社保缴费</a> 留言时间：2019-09-02 回复时间：2019-09-03 已回复</li>
            <li><a href="/b.html">咨询户籍办理</a> 留言时间：[09-10] 未回复</li></ul>
            """;
        var board = MessageBoardAnalyzer.Parse(Html.Parse(list), new Uri("http://www.example.gov.cn/"), new DateOnly(2019, 10, 15));
        Assert.Equal(2, board.Entries.Count);
        Assert.Equal(new DateOnly(2019, 9, 3), board.Entries[0].Answered);
        Assert.Equal(new DateOnly(2019, 9, 10), board.Entries[1].Posted);
        Assert.False(board.Entries[1].IsAnswered);

        var detail = "<h1>关于供暖的咨询</h1><p>留言时间：2019年9月2日</p><p>答复单位：市住建局</p><p>答复时间：2019年9月5日</p><p>答复内容：已安排。</p>";
        var single = Assert.Single(MessageBoardAnalyzer.Parse(Html.Parse(detail), new Uri("http://www.example.gov.cn/d.html"), new DateOnly(2019, 10, 15)).Entries);
        Assert.Equal(("关于供暖的咨询", new DateOnly(2019, 9, 2), (DateOnly?)new DateOnly(2019, 9, 5), "市住建局"), (single.Title, single.Posted, single.Answered, single.ReplyingUnit));
    }
}
