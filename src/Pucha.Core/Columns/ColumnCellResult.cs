namespace Pucha.Core.Columns;

/// <summary>The pairs read from one 附件4 row, or why the row is unacceptable (Chinese).</summary>
public sealed class ColumnCellResult
{
    private ColumnCellResult(IReadOnlyList<ColumnEntry> entries, string? error)
    {
        Entries = entries;
        Error = error;
    }

    /// <summary>The columns in order; empty for '无'.</summary>
    public IReadOnlyList<ColumnEntry> Entries { get; }

    public string? Error { get; }

    public bool IsValid => Error is null;

    internal static ColumnCellResult Ok(IReadOnlyList<ColumnEntry> entries) => new(entries, null);

    internal static ColumnCellResult Fail(string error) => new([], error);
}
