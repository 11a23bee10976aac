using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pucha.Features.Scoring;

/// <summary>
/// Builds one printable worksheet row by row: text and number cells, merges, column widths and
/// row heights estimated from the text so wrapped Chinese prints whole (Excel does not re-measure
/// rows of generated files reliably).
/// </summary>
internal sealed class XlsxSheetBuilder(IReadOnlyList<double> columnWidths)
{
    /// <summary>Excel's own limit on one cell's text.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>Excel's largest row height, in points.</summary>
    private const double MaxRowHeight = 409;
    private const double LineHeight = 14.5;

    private readonly SheetData _data = new();
    private readonly List<string> _merges = [];
    private readonly List<(int First, int Last)> _repeatRows = [];
    private Row? _row;
    private int _rowIndex;
    private int _lines;

    public int RowIndex => _rowIndex;
    public int ColumnCount => columnWidths.Count;

    public void NewRow()
    {
        FinishRow();
        _rowIndex++;
        _row = new Row { RowIndex = (uint)_rowIndex };
        _lines = 1;
        _data.Append(_row);
    }

    /// <summary>Writes text at a column (1-based), optionally spanning several columns of this row.</summary>
    public void Text(int column, string text, XlsxStyle style, int span = 1)
    {
        text = text.Length > MaxCellChars ? text[..(MaxCellChars - 1)] + "…" : text;
        var cell = new Cell
        {
            CellReference = Reference(column, _rowIndex),
            DataType = CellValues.InlineString,
            StyleIndex = (uint)style,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        };
        Place(column, cell, span);
        var width = Enumerable.Range(column - 1, span).Sum(i => columnWidths[i]);
        _lines = Math.Max(_lines, LinesNeeded(text, width));
    }

    /// <summary>An empty cell that keeps the style (the grid inside a merged block).</summary>
    public void Blank(int column, XlsxStyle style) =>
        Place(column, new Cell { CellReference = Reference(column, _rowIndex), StyleIndex = (uint)style }, 1);

    public void Number(int column, decimal value, XlsxStyle style, int span = 1)
    {
        var cell = new Cell
        {
            CellReference = Reference(column, _rowIndex),
            DataType = CellValues.Number,
            StyleIndex = (uint)style,
            CellValue = new CellValue(decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)),
        };
        Place(column, cell, span);
    }

    /// <summary>Merges a block of already written rows in one column (一级指标 spanning its 二级指标).</summary>
    public void MergeDown(int column, int firstRow, int lastRow)
    {
        if (lastRow > firstRow) _merges.Add($"{Reference(column, firstRow)}:{Reference(column, lastRow)}");
    }

    public void RepeatOnEveryPage(int firstRow, int lastRow) => _repeatRows.Add((firstRow, lastRow));

    /// <summary>Adds the finished sheet to the workbook.</summary>
    public void AddTo(WorkbookPart workbookPart, Sheets sheets, string name, uint sheetId)
    {
        FinishRow();
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var columns = new Columns(columnWidths.Select((w, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true,
        }));
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = sheetId == 1 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            _data);
        if (_merges.Count > 0)
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = name });

        foreach (var (first, last) in _repeatRows)
        {
            var definedNames = workbookPart.Workbook.DefinedNames ??= new DefinedNames();
            definedNames.Append(new DefinedName($"'{name}'!${first}:${last}")
            {
                Name = "_xlnm.Print_Titles",
                LocalSheetId = sheetId - 1,
            });
        }
    }

    private void Place(int column, Cell cell, int span)
    {
        if (_row is null) throw new InvalidOperationException("NewRow() first.");
        _row.Append(cell);
        // Cells covered by a merge still carry the border style so the printed grid is whole.
        for (var c = column + 1; c < column + span; c++)
            _row.Append(new Cell { CellReference = Reference(c, _rowIndex), StyleIndex = cell.StyleIndex });
        if (span > 1) _merges.Add($"{Reference(column, _rowIndex)}:{Reference(column + span - 1, _rowIndex)}");
    }

    private void FinishRow()
    {
        if (_row is null || _lines <= 1) return;
        _row.Height = Math.Min(MaxRowHeight, _lines * LineHeight + 3);
        _row.CustomHeight = true;
    }

    /// <summary>Lines a wrapped text needs in a column of this width (a CJK character is two width units).</summary>
    private static int LinesNeeded(string text, double width)
    {
        var usable = Math.Max(1, width - 1);
        var lines = 0;
        foreach (var line in text.Split('\n'))
        {
            var units = line.Sum(c => c > 0x2E80 ? 2.0 : 1.0);
            lines += Math.Max(1, (int)Math.Ceiling(units / usable));
        }
        return lines;
    }

    public static string Reference(int column, int row) => $"{ColumnName(column)}{row}";

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
            name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
