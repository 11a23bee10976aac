using Pucha.Core.Columns;
using Pucha.Core.Monitoring;

namespace Pucha.Core.Tests.Monitoring;

public sealed class ColumnFreshnessReportTests
{
    private static readonly DateOnly AsOf = new(2026, 4, 15);

    private static ColumnObservation Column(string name, FreshnessClass freshness, DateOnly? newest, int items = 5) =>
        new(name, "/" + name, freshness, items, newest);

    [Fact]
    public void Each_class_is_judged_against_its_own_limit()
    {
        var report = ColumnFreshnessReport.Compute(
        [
            Column("动态-fresh", FreshnessClass.TwoWeeks, new DateOnly(2026, 4, 1)),      // exactly 14 days: fresh
            Column("要闻-stale", FreshnessClass.TwoWeeks, new DateOnly(2026, 3, 31)),
            Column("通知公告-fresh", FreshnessClass.SixMonths, new DateOnly(2025, 10, 15)),
            Column("政策解读-stale", FreshnessClass.SixMonths, new DateOnly(2025, 10, 14)),
            Column("人事-fresh", FreshnessClass.OneYear, new DateOnly(2025, 4, 15)),
            Column("规划计划-stale", FreshnessClass.OneYear, new DateOnly(2025, 4, 14)),
            Column("政策文件-undated", FreshnessClass.SixMonths, null),
            Column("机构职能", FreshnessClass.None, new DateOnly(2010, 1, 1)),
            Column("空白", FreshnessClass.TwoWeeks, null, items: 0),
        ], AsOf);

        Assert.Equal(["要闻-stale", "政策解读-stale", "政策文件-undated"], report.Stale.Select(c => c.Name));
        Assert.Equal(["规划计划-stale"], report.StaleOneYear.Select(c => c.Name));
        Assert.Equal(["规划计划-stale", "政策文件-undated"], report.LongStale.Select(c => c.Name));
        Assert.Equal(["空白"], report.Empty.Select(c => c.Name));
        Assert.False(report.IsVeto);
    }

    [Fact]
    public void Five_stale_or_ten_long_stale_or_five_empty_columns_are_a_veto()
    {
        var old = new DateOnly(2026, 1, 1);
        Assert.False(ColumnFreshnessReport.Compute(Enumerable.Range(0, 4).Select(i => Column("s" + i, FreshnessClass.TwoWeeks, old)), AsOf).IsVeto);
        Assert.True(ColumnFreshnessReport.Compute(Enumerable.Range(0, 5).Select(i => Column("s" + i, FreshnessClass.TwoWeeks, old)), AsOf).IsVeto);
        Assert.True(ColumnFreshnessReport.Compute(Enumerable.Range(0, 5).Select(i => Column("e" + i, FreshnessClass.None, null, 0)), AsOf).IsVeto);

        var longStale = ColumnFreshnessReport.Compute(Enumerable.Range(0, 10).Select(i => Column("l" + i, FreshnessClass.OneYear, new DateOnly(2024, 1, 1))), AsOf);
        Assert.Equal(10, longStale.LongStale.Count);
        Assert.Empty(longStale.Stale);
        Assert.True(longStale.IsVeto);
    }

    [Fact]
    public void Registered_column_kinds_map_to_their_class()
    {
        Assert.Equal(FreshnessClass.TwoWeeks, FreshnessClasses.Of(ColumnKind.WorkNews));
        Assert.Equal(FreshnessClass.SixMonths, FreshnessClasses.Of(ColumnKind.Notices));
        Assert.Equal(FreshnessClass.SixMonths, FreshnessClasses.Of(ColumnKind.PolicyDocuments));
        Assert.Equal(FreshnessClass.OneYear, FreshnessClasses.Of(ColumnKind.Personnel));
        Assert.Equal(FreshnessClass.OneYear, FreshnessClasses.Of(ColumnKind.Plans));
        Assert.Equal(FreshnessClass.None, FreshnessClasses.Of(ColumnKind.ServiceGuide));
    }
}
