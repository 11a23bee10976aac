namespace Pucha.Features.Census.Excel;

/// <summary>A sheet read as text: its name, whether it is hidden, and its non-empty rows by Excel row number.</summary>
public sealed class GridSheet(string name, bool hidden)
{
    private readonly Dictionary<int, GridRow> _byNumber = [];
    private readonly List<GridRow> _ordered = [];
    private bool _sorted = true;

    public string Name { get; } = name;

    public bool Hidden { get; } = hidden;

    public int RowCount => _ordered.Count;

    /// <summary>The rows in ascending row number.</summary>
    public IReadOnlyList<GridRow> Rows
    {
        get
        {
            if (!_sorted)
            {
                _ordered.Sort((a, b) => a.Number.CompareTo(b.Number));
                _sorted = true;
            }

            return _ordered;
        }
    }

    /// <summary>Adds a row; a second row with the same number replaces the first.</summary>
    public void Add(GridRow row)
    {
        if (_byNumber.TryGetValue(row.Number, out var existing))
        {
            _ordered.Remove(existing);
        }
        else if (_ordered.Count > 0 && _ordered[^1].Number > row.Number)
        {
            _sorted = false;
        }

        _byNumber[row.Number] = row;
        _ordered.Add(row);
    }

    public bool TryGetRow(int number, out GridRow row) => _byNumber.TryGetValue(number, out row!);

    /// <summary>The text of a cell (1-based row and column), or "".</summary>
    public string Text(int row, int column) =>
        _byNumber.TryGetValue(row, out var r) && column - 1 < r.Cells.Length ? r.Cells[column - 1] ?? "" : "";
}
