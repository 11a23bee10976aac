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
