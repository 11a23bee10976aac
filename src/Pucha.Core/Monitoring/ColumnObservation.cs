namespace Pucha.Core.Monitoring;

/// <summary>
/// What a column check saw: the column, its update duty, how many items it lists and the newest
/// publication date among them (null when none is dated: 未注明发布时间的视为不更新).
/// </summary>
public sealed record ColumnObservation(string Name, string Url, FreshnessClass Freshness, int ItemCount, DateOnly? NewestPublishedOn);
