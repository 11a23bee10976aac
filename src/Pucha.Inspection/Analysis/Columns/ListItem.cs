namespace Pucha.Inspection.Analysis.Columns;

/// <summary>One item of a column's list: its title, link and date when shown.</summary>
public sealed record ListItem(string Title, Uri Url, DateOnly? Date);
