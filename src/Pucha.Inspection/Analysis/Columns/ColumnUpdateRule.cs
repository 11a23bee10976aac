namespace Pucha.Inspection.Analysis.Columns;

/// <summary>How often a column must get new items.</summary>
/// <param name="Kind">The column's kind.</param>
/// <param name="Days">Period in days (news: 14), when the period is in days.</param>
/// <param name="Months">Period in months (notices and policies: 6, personnel and planning: 12).</param>
internal sealed record ColumnUpdateRule(ColumnUpdateDuty Kind, int? Days, int? Months)
{
    /// <summary>Whether the indicators set a period for this kind (else: "should update").</summary>
    public bool HasLimit => Days is not null || Months is not null;

    /// <summary>The oldest newest-item date that still satisfies the rule at <paramref name="asOf"/>; null when no limit.</summary>
    public DateOnly? OldestAllowed(DateOnly asOf) =>
        Days is { } days ? asOf.AddDays(-days) : Months is { } months ? asOf.AddMonths(-months) : null;

    /// <summary>"2周", "6个月", "1年" or "应及时更新", for messages.</summary>
    public string Describe() => (Days, Months) switch
    {
        (14, _) => "2周",
        ({ } d, _) => $"{d}天",
        (_, 12) => "1年",
        (_, { } m) => $"{m}个月",
        _ => "应及时更新",
    };
}
