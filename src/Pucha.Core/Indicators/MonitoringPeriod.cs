namespace Pucha.Core.Indicators;

/// <summary>A period such as 2周, 6个月, 1年, as written in the tables.</summary>
public sealed record MonitoringPeriod(int Amount, PeriodUnit Unit)
{
    /// <summary>
    /// 监测时间点前××内: from the monitoring date back by the period, to the monitoring date, both included.
    /// The official example: as of 3月1日, 前2个月内 is 1月1日 to 3月1日.
    /// </summary>
    public DateRange Before(DateOnly asOf)
    {
        if (Amount < 0)
            throw new ArgumentOutOfRangeException(nameof(Amount), Amount, "监测时段不能为负。");
        var start = Unit switch
        {
            PeriodUnit.Day => asOf.AddDays(-Amount),
            PeriodUnit.Week => asOf.AddDays(-7 * Amount),
            PeriodUnit.Month => asOf.AddMonths(-Amount),
            PeriodUnit.Year => asOf.AddYears(-Amount),
            _ => throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "未知的时段单位。"),
        };
        return new DateRange(start, asOf);
    }

    public override string ToString() => Unit switch
    {
        PeriodUnit.Day => $"{Amount}天",
        PeriodUnit.Week => $"{Amount}周",
        PeriodUnit.Month => $"{Amount}个月",
        _ => $"{Amount}年",
    };
}
