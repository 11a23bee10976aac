namespace Pucha.Core.Monitoring;

/// <summary>
/// 栏目不更新 as of a monitoring point. The three veto counts of the rules (渝府办发〔2015〕52号 附件2, 国办秘函〔2019〕19号):
/// stale — 动态/要闻 not updated within 2 weeks, 通知公告/政策文件(/政策解读) within 6 months, ≥5 vetoes;
/// long-stale — columns with an update duty not updated within a year (应更新但长期未更新), ≥10 vetoes;
/// empty — columns with no content (空白栏目), ≥5 vetoes. 人事/规划计划 past a year count in
/// <see cref="StaleOneYear"/> (2015 deducts 5 each) and as long-stale.
/// </summary>
public sealed record ColumnFreshnessReport
{
    public const int StaleVetoCount = 5;
    public const int LongStaleVetoCount = 10;
    public const int EmptyVetoCount = 5;

    public required DateOnly AsOf { get; init; }

    /// <summary>2-week and 6-month columns past their limit (the veto's first count).</summary>
    public required IReadOnlyList<ColumnObservation> Stale { get; init; }

    /// <summary>1-year columns (人事、规划计划) past their limit.</summary>
    public required IReadOnlyList<ColumnObservation> StaleOneYear { get; init; }

    /// <summary>Columns with an update duty whose newest item is more than a year old (or undated).</summary>
    public required IReadOnlyList<ColumnObservation> LongStale { get; init; }

    /// <summary>Columns that list no item at all.</summary>
    public required IReadOnlyList<ColumnObservation> Empty { get; init; }

    public bool IsVeto => Stale.Count >= StaleVetoCount || LongStale.Count >= LongStaleVetoCount || Empty.Count >= EmptyVetoCount;

    /// <param name="asOf">The monitoring point as a Beijing date (the dates printed on pages are Beijing dates).</param>
    public static ColumnFreshnessReport Compute(IEnumerable<ColumnObservation> columns, DateOnly asOf)
    {
        var stale = new List<ColumnObservation>();
        var staleOneYear = new List<ColumnObservation>();
        var longStale = new List<ColumnObservation>();
        var empty = new List<ColumnObservation>();
        var yearAgo = asOf.AddYears(-1);
        foreach (var column in columns)
        {
            if (column.ItemCount <= 0)
            {
                empty.Add(column);
                continue;
            }

            if (column.Freshness == FreshnessClass.None)
                continue;

            var newest = column.NewestPublishedOn;
            if (newest is null || newest < FreshnessClasses.OldestFreshDate(column.Freshness, asOf))
                (column.Freshness == FreshnessClass.OneYear ? staleOneYear : stale).Add(column);
            if (newest is null || newest < yearAgo)
                longStale.Add(column);
        }

        return new ColumnFreshnessReport { AsOf = asOf, Stale = stale, StaleOneYear = staleOneYear, LongStale = longStale, Empty = empty };
    }
}
