namespace Pucha.Features.Census.Excel;

/// <summary>One row's cells as text (index 0 is column A); <see cref="FormulaColumns"/> lists 1-based columns that hold a formula.</summary>
public sealed class GridRow(int number, string?[] cells)
{
    public int Number { get; } = number;

    public string?[] Cells { get; } = cells;

    public List<int>? FormulaColumns { get; set; }

    public bool IsBlank => Array.TrueForAll(Cells, string.IsNullOrWhiteSpace);
}
