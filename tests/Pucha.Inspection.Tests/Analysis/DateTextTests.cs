using Pucha.Inspection.Analysis.Dates;

namespace Pucha.Inspection.Tests.Analysis;

public class DateTextTests
{
    [Fact]
    public void Month_days_after_as_of_belong_to_last_year()
    {
        var asOf = new DateOnly(2019, 3, 1);
        var found = DateText.FindMonthDays("[02-28] 一 [04-01] 二 05月06日", asOf).Select(m => m.Date).ToList();
        Assert.Equal([new DateOnly(2019, 2, 28), new DateOnly(2018, 4, 1), new DateOnly(2018, 5, 6)], found);
    }

    [Fact]
    public void Impossible_month_days_are_skipped() =>
        Assert.Empty(DateText.FindMonthDays("[02-30] [13-01]", new DateOnly(2019, 3, 1)));

    [Fact]
    public void Times_with_seconds_are_read()
    {
        var mention = Assert.Single(DateText.FindAll("发布时间：2024-06-25 10:03:27"));
        Assert.Equal(new TimeOnly(10, 3, 27), mention.Time);
    }

    [Fact]
    public void Exact_parse_accepts_double_spaces_and_rejects_other_text()
    {
        Assert.Equal("2023-11-30 14:52", DateText.ParseExact("2023-11-30  14:52")?.ToString());
        Assert.Null(DateText.ParseExact("页面生成时间 2023-10-23"));
    }
}
