namespace Pucha.Census.Excel;

/// <summary>A sheet read as text: its name, whether it is hidden, and its non-empty rows by Excel row number.</summary>
public sealed class GridSheet(string name, bool hidden)
{
    public string Name { get; } = name;

    public bool Hidden { get; } = hidden;

    public SortedDictionary<int, GridRow> Rows { get; } = [];

    /// <summary>The text of a cell (1-based row and column), or "".</summary>
    public string Text(int row, int column) =>
        Rows.TryGetValue(row, out var r) && column - 1 < r.Cells.Length ? r.Cells[column - 1] ?? "" : "";
}
