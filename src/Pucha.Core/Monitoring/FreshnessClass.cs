using Pucha.Core.Columns;

namespace Pucha.Core.Monitoring;

/// <summary>How recent a column's newest item must be (基本信息更新 / 栏目不更新).</summary>
public enum FreshnessClass
{
    /// <summary>A column with no update duty (机构职能, 办事 …): only its emptiness is judged.</summary>
    None = 0,

    /// <summary>动态、要闻: within 2 weeks of the as-of point.</summary>
    TwoWeeks = 1,

    /// <summary>通知公告、政策文件、政策解读: within 6 months.</summary>
    SixMonths = 2,

    /// <summary>人事、规划计划: within 1 year.</summary>
    OneYear = 3,
}

/// <summary>The limits of each <see cref="FreshnessClass"/> and the class of each registered column kind.</summary>
public static class FreshnessClasses
{
    /// <summary>The earliest date the newest item may carry to be fresh, as of <paramref name="asOf"/> (a Beijing date).</summary>
    public static DateOnly OldestFreshDate(FreshnessClass freshness, DateOnly asOf) => freshness switch
    {
        FreshnessClass.TwoWeeks => asOf.AddDays(-14),
        FreshnessClass.SixMonths => asOf.AddMonths(-6),
        FreshnessClass.OneYear => asOf.AddYears(-1),
        _ => DateOnly.MinValue,
    };

    /// <summary>
    /// The last as-of date on which a column whose newest item is dated <paramref name="newest"/> is
    /// still fresh; the day after, it is stale. Null for a column without an update duty.
    /// </summary>
    public static DateOnly? LastFreshDate(FreshnessClass freshness, DateOnly newest)
    {
        if (freshness == FreshnessClass.None)
            return null;
        // Month arithmetic clamps month ends (8月31日 − 6个月 = 2月28日), so step back from a day past
        // the naive answer to the last day whose oldest fresh date still reaches the newest item.
        var naive = freshness switch
        {
            FreshnessClass.TwoWeeks => newest.AddDays(14),
            FreshnessClass.SixMonths => newest.AddMonths(6),
            _ => newest.AddYears(1),
        };
        var day = naive.AddDays(3);
        while (OldestFreshDate(freshness, day) > newest)
            day = day.AddDays(-1);
        return day;
    }

    /// <summary>
    /// The class of a registered column kind (附件4). 要闻 and 政策解读 have no kind of their own in
    /// the registry; a column check names their class directly.
    /// </summary>
    public static FreshnessClass Of(ColumnKind kind) => kind switch
    {
        ColumnKind.WorkNews => FreshnessClass.TwoWeeks,
        ColumnKind.Notices or ColumnKind.PolicyDocuments => FreshnessClass.SixMonths,
        ColumnKind.Personnel or ColumnKind.Plans => FreshnessClass.OneYear,
        _ => FreshnessClass.None,
    };
}
