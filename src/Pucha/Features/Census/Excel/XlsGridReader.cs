using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Pucha.Features.Census.Excel;

/// <summary>
/// Reads an Excel 97-2003 .xls through ExcelDataReader. The reader gives formulas' cached values only,
/// so the cells holding formulas are found by <see cref="XlsFormulaScanner"/> walking the Workbook
/// stream's records, and marked on their rows for the parser to refuse, as in .xlsx.
/// </summary>
public static class XlsGridReader
{
    static XlsGridReader()
    {
        // BIFF files name their code page (GBK for files saved by Chinese Excel); .NET ships only Unicode without this.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static List<GridSheet> Read(byte[] file, ImportLimits limits)
    {
        try
        {
            var workbook = CompoundFile.ReadStream(file, "Workbook") ?? CompoundFile.ReadStream(file, "Book");
            var formulas = workbook is null ? [] : XlsFormulaScanner.Scan(workbook, limits);
            using var reader = ExcelReaderFactory.CreateBinaryReader(new MemoryStream(file, writable: false));
            var sheets = new List<GridSheet>();
            do
            {
                if (sheets.Count == limits.MaxSheets)
                {
                    throw new WorkbookRejectedException($"工作表数量超过上限（{limits.MaxSheets}个）。");
                }

                var sheet = new GridSheet(reader.Name ?? "", reader.VisibleState is "hidden" or "veryhidden" or "veryHidden");
                sheets.Add(sheet);
                var sheetFormulas = formulas.GetValueOrDefault(sheet.Name);
                var rowNumber = 0;
                while (reader.Read())
                {
                    rowNumber++;
                    if (rowNumber > limits.MaxRowsPerSheet)
                    {
                        throw new WorkbookRejectedException(ImportMessages.TooManyRows(sheet.Name, limits.MaxRowsPerSheet));
                    }

                    var cells = new string?[limits.MaxColumns];
                    var count = Math.Min(reader.FieldCount, limits.MaxColumns);
                    for (var i = 0; i < count; i++)
                    {
                        var text = Text(reader.GetValue(i));
                        if (text is not null && text.Length > limits.MaxCellChars)
                        {
                            throw new WorkbookRejectedException(ImportMessages.CellTooLong(limits.MaxCellChars));
                        }

                        cells[i] = text;
                    }

                    var used = Array.FindLastIndex(cells, c => c is not null) + 1;
                    var row = new GridRow(rowNumber, cells[..used]);
                    if (sheetFormulas?.GetValueOrDefault(rowNumber) is { } formulaColumns)
                    {
                        row.FormulaColumns = [.. formulaColumns];
                    }

                    if (!row.IsBlank || row.FormulaColumns is not null)
                    {
                        sheet.Add(row);
                    }
                }
            }
            while (reader.NextResult());

            return sheets;
        }
        catch (InvalidPasswordException)
        {
            throw new WorkbookRejectedException(ImportMessages.Encrypted);
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException or ArgumentException
                                       or IndexOutOfRangeException or InvalidOperationException or NotSupportedException)
        {
            throw new WorkbookRejectedException(ImportMessages.EncryptedOrCorrupt);
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => XlsxGridReader.NumberText(d.ToString("R", CultureInfo.InvariantCulture)),
        bool b => b ? "TRUE" : "FALSE",
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
