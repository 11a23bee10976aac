using Pucha.Core.Monitoring;

namespace Pucha.Data.Monitoring;

/// <summary>
/// A site's columns as of a monitoring point: the rules' judgement over the checked columns
/// (<see cref="Report"/>: stale, long-stale, empty) and every registered column's state.
/// Columns never checked, or never read successfully, are listed in <see cref="Columns"/> but left out of the report.
/// </summary>
public sealed record SiteColumnsState(ColumnFreshnessReport Report, IReadOnlyList<ColumnState> Columns);
