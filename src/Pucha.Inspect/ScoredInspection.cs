namespace Pucha.Inspect;

/// <summary>
/// A score sheet in the three shapes the report formats need: the JSON value of the report's
/// <c>score</c>, plain text under the table report, and the workbook shaped like the official table
/// that replaces the findings workbook with --format xlsx.
/// </summary>
public sealed record ScoredInspection(object Json, string Text, Action<Stream> WriteWorkbook);
