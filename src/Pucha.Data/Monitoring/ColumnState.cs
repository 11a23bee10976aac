using Pucha.Core.Columns;
using Pucha.Core.Monitoring;

namespace Pucha.Data.Monitoring;

/// <summary>
/// A registered column as the checks last saw it: its newest item, the last day it is still fresh
/// (<see cref="LastFreshOn"/>; stale from the day after), and the last check's outcome.
/// <see cref="CheckedUtc"/> is null for a column never checked yet.
/// </summary>
public sealed record ColumnState(
    int ColumnId,
    int SiteId,
    ColumnKind Kind,
    string Name,
    string Url,
    FreshnessClass Freshness,
    DateTime? CheckedUtc,
    bool LastCheckOk,
    int ItemCount,
    DateOnly? NewestPublishedOn,
    DateOnly? LastFreshOn,
    string? Error)
{
    /// <summary>
    /// Whether the rules can judge the column: it was read at least once. A column whose every check
    /// failed is not proven empty — it is unreachable, which the column list shows with its error.
    /// </summary>
    public bool IsJudged => CheckedUtc is not null && (LastCheckOk || ItemCount > 0 || NewestPublishedOn is not null);

    public ColumnObservation ToObservation() => new(Name, Url, Freshness, ItemCount, NewestPublishedOn);
}
