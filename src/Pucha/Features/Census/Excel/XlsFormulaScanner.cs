using System.Buffers.Binary;
using System.Text;

namespace Pucha.Features.Census.Excel;

/// <summary>
/// Finds the cells of an .xls (BIFF8) that hold formulas, which ExcelDataReader hides behind their cached
/// values: it walks the records of the Workbook stream itself. The globals substream's BOUNDSHEET records
/// (0x0085) give each sheet's name and the offset of its substream; each worksheet substream, from its BOF
/// (0x0809) to the matching EOF (0x000A), is searched for FORMULA (0x0006) cells and the ranges of SHRFMLA
/// (0x04BC, shared formulas) and ARRAY (0x0221, array formulas). Bounded: the stream is read only within
/// its length, records at most <see cref="MaxRecords"/>, rows and columns within the import's limits.
/// </summary>
public static class XlsFormulaScanner
{
    /// <summary>Most records read in all: a 20 MB workbook of 4-byte records is 5 million.</summary>
    public const int MaxRecords = 6_000_000;

    private const ushort Bof = 0x0809, Eof = 0x000A, BoundSheet = 0x0085, Formula = 0x0006, SharedFormula = 0x04BC, ArrayFormula = 0x0221;

    /// <summary>Sheet name → 1-based row number → 1-based columns holding a formula. Empty when there are none.</summary>
    public static Dictionary<string, Dictionary<int, SortedSet<int>>> Scan(byte[] workbookStream, ImportLimits limits)
    {
        var found = new Dictionary<string, Dictionary<int, SortedSet<int>>>(StringComparer.Ordinal);
        var budget = MaxRecords;
        foreach (var (name, offset) in Sheets(workbookStream, ref budget))
        {
            var cells = new Dictionary<int, SortedSet<int>>();
            ScanSheet(workbookStream, offset, limits, cells, ref budget);
            if (cells.Count > 0)
            {
                found[name] = cells;
            }
        }

        return found;
    }

    // The worksheets named in the globals substream, with the offsets of their substreams.
    private static List<(string Name, int Offset)> Sheets(byte[] stream, ref int budget)
    {
        var sheets = new List<(string, int)>();
        var position = 0;
        while (Next(stream, ref position, ref budget, out var id, out var bodyStart, out var bodyLength) && id != Eof)
        {
            var body = stream.AsSpan(bodyStart, bodyLength);
            if (id != BoundSheet || body.Length < 8)
            {
                continue;
            }

            var offset = BinaryPrimitives.ReadUInt32LittleEndian(body);
            var type = body[5];
            if (type != 0 || offset >= (uint)stream.Length)
            {
                continue; // charts, macro sheets and offsets outside the stream hold no cells we read
            }

            sheets.Add((SheetName(body[6..]), (int)offset));
        }

        return sheets;
    }

    private static void ScanSheet(byte[] stream, int start, ImportLimits limits, Dictionary<int, SortedSet<int>> cells, ref int budget)
    {
        var position = start;
        var depth = 0;
        while (Next(stream, ref position, ref budget, out var id, out var bodyStart, out var bodyLength))
        {
            var body = stream.AsSpan(bodyStart, bodyLength);
            switch (id)
            {
                case Bof:
                    depth++; // an embedded chart's substream nests inside a worksheet's
                    break;
                case Eof:
                    if (--depth <= 0)
                    {
                        return;
                    }

                    break;
                case Formula when depth == 1 && body.Length >= 4:
                    Mark(cells, BinaryPrimitives.ReadUInt16LittleEndian(body), BinaryPrimitives.ReadUInt16LittleEndian(body[2..]), limits);
                    break;
                case SharedFormula or ArrayFormula when depth == 1 && body.Length >= 6:
                    var firstRow = BinaryPrimitives.ReadUInt16LittleEndian(body);
                    var lastRow = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
                    for (var row = firstRow; row <= lastRow && row < limits.MaxRowsPerSheet; row++)
                    {
                        for (int column = body[4]; column <= body[5] && column < limits.MaxColumns; column++)
                        {
                            Mark(cells, row, column, limits);
                        }
                    }

                    break;
            }

            if (depth == 0)
            {
                return; // no BOF where the BOUNDSHEET pointed: nothing of this sheet to read
            }
        }
    }

    private static void Mark(Dictionary<int, SortedSet<int>> cells, int zeroBasedRow, int zeroBasedColumn, ImportLimits limits)
    {
        if (zeroBasedRow >= limits.MaxRowsPerSheet || zeroBasedColumn >= limits.MaxColumns)
        {
            return; // outside what the import reads: the reader reports those rows and columns itself
        }

        if (!cells.TryGetValue(zeroBasedRow + 1, out var columns))
        {
            cells[zeroBasedRow + 1] = columns = [];
        }

        columns.Add(zeroBasedColumn + 1);
    }

    // The record at position (id and where its body lies), moving position past it; false at the end of the
    // stream, at a record that runs past it, or when the record budget is spent.
    private static bool Next(byte[] stream, ref int position, ref int budget, out ushort id, out int bodyStart, out int bodyLength)
    {
        id = 0;
        bodyStart = bodyLength = 0;
        if (--budget < 0 || position < 0 || position + 4 > stream.Length)
        {
            return false;
        }

        id = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position));
        bodyLength = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position + 2));
        bodyStart = position + 4;
        if (bodyStart + bodyLength > stream.Length)
        {
            return false;
        }

        position = bodyStart + bodyLength;
        return true;
    }

    // ShortXLUnicodeString: character count, flags (bit 0: UTF-16, else one byte per character), characters.
    private static string SheetName(ReadOnlySpan<byte> text)
    {
        if (text.Length < 2)
        {
            return "";
        }

        var count = text[0];
        var wide = (text[1] & 1) != 0;
        var chars = text[2..];
        return wide
            ? Encoding.Unicode.GetString(chars[..Math.Min(chars.Length & ~1, count * 2)])
            : Encoding.Latin1.GetString(chars[..Math.Min(chars.Length, count)]);
    }
}
