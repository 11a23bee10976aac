using System.Buffers.Binary;
using System.Text;
using Pucha.Features.Census.Excel;

namespace Pucha.Tests.Census;

/// <summary>
/// Writes an Excel 97-2003 (BIFF8) workbook from sheets of text, the way an organizer's colleague
/// would "save as .xls": globals (BOF, BOUNDSHEET per sheet, EOF), then per sheet BOF, DIMENSIONS,
/// one LABEL record per cell and EOF, all in the "Workbook" stream of a compound file. Cells named in
/// <c>formulas</c> are written as Excel writes a text formula instead: a FORMULA record (=A1 as a token,
/// cached result "string") followed by the STRING record holding the cell's text — so the reader sees the
/// same value and only the records tell a formula; <c>sharedFormulaRanges</c> adds SHRFMLA records.
/// </summary>
internal static class BiffWorkbookBuilder
{
    public static byte[] FromXlsx(byte[] xlsx, params (string Sheet, int Row, int Column)[] formulas) =>
        Build(XlsxGridReader.Read(xlsx, new ImportLimits()), formulas);

    /// <param name="formulas">(sheet, 1-based row, 1-based column) of cells to write as formulas.</param>
    public static byte[] Build(IReadOnlyList<GridSheet> sheets, params (string Sheet, int Row, int Column)[] formulas) =>
        Build(sheets, formulas, []);

    /// <param name="sharedFormulaRanges">(sheet, first row, last row, first column, last column), 1-based, each written as a SHRFMLA record.</param>
    public static byte[] Build(IReadOnlyList<GridSheet> sheets, (string Sheet, int Row, int Column)[] formulas,
        (string Sheet, int FirstRow, int LastRow, int FirstColumn, int LastColumn)[] sharedFormulaRanges)
    {
        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        Record(globals, 0x0042, [0xB0, 0x04]); // CODEPAGE 1200: UTF-16
        var boundSheetOffsets = new List<long>();
        foreach (var sheet in sheets)
        {
            var name = Encoding.Unicode.GetBytes(sheet.Name);
            var body = new byte[4 + 2 + 1 + 1 + name.Length];
            body[4] = (byte)(sheet.Hidden ? 2 : 0);
            body[6] = (byte)sheet.Name.Length;
            body[7] = 1; // UTF-16
            name.CopyTo(body, 8);
            boundSheetOffsets.Add(globals.Position + 4);
            Record(globals, 0x0085, body);
        }

        Record(globals, 0x000A, []);

        var stream = new MemoryStream();
        globals.Position = 0;
        globals.CopyTo(stream);
        var bytes = new List<byte[]>();
        for (var s = 0; s < sheets.Count; s++)
        {
            var position = (uint)stream.Position;
            var patch = stream.GetBuffer();
            BinaryPrimitives.WriteUInt32LittleEndian(patch.AsSpan((int)boundSheetOffsets[s]), position);
            WriteSheet(stream, sheets[s], formulas.Where(f => f.Sheet == sheets[s].Name).Select(f => (f.Row, f.Column)).ToHashSet(),
                sharedFormulaRanges.Where(r => r.Sheet == sheets[s].Name).ToList());
        }

        return CompoundFileBuilder.Build(("Workbook", stream.ToArray()));
    }

    private static void WriteSheet(Stream stream, GridSheet sheet, HashSet<(int Row, int Column)> formulas,
        List<(string Sheet, int FirstRow, int LastRow, int FirstColumn, int LastColumn)> sharedRanges)
    {
        Record(stream, 0x0809, Bof(0x0010));
        var lastRow = sheet.RowCount == 0 ? 0 : sheet.Rows.Max(r => r.Number);
        var lastColumn = sheet.RowCount == 0 ? 0 : sheet.Rows.Max(r => Array.FindLastIndex(r.Cells, c => c is not null) + 1);
        var dimensions = new byte[14];
        BinaryPrimitives.WriteUInt32LittleEndian(dimensions.AsSpan(4), (uint)lastRow);
        BinaryPrimitives.WriteUInt16LittleEndian(dimensions.AsSpan(10), (ushort)lastColumn);
        Record(stream, 0x0200, dimensions);
        foreach (var row in sheet.Rows)
        {
            var number = row.Number;
            for (var c = 0; c < row.Cells.Length; c++)
            {
                if (string.IsNullOrEmpty(row.Cells[c]))
                {
                    continue;
                }

                var text = Encoding.Unicode.GetBytes(row.Cells[c]!);
                if (formulas.Contains((number, c + 1)))
                {
                    WriteTextFormula(stream, number - 1, c, row.Cells[c]!);
                    continue;
                }

                var body = new byte[6 + 3 + text.Length];
                BinaryPrimitives.WriteUInt16LittleEndian(body, (ushort)(number - 1));
                BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), (ushort)c);
                BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(4), 15);
                BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(6), (ushort)row.Cells[c]!.Length);
                body[8] = 1;
                text.CopyTo(body, 9);
                Record(stream, 0x0204, body);
            }
        }

        foreach (var range in sharedRanges)
        {
            // RefU (rows 16-bit, columns 8-bit), reserved, use count, formula length 0.
            var body = new byte[10];
            BinaryPrimitives.WriteUInt16LittleEndian(body, (ushort)(range.FirstRow - 1));
            BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), (ushort)(range.LastRow - 1));
            body[4] = (byte)(range.FirstColumn - 1);
            body[5] = (byte)(range.LastColumn - 1);
            Record(stream, 0x04BC, body);
        }

        Record(stream, 0x000A, []);
    }

    // FORMULA: row, column, XF, cached result (type 0 = string, marker 0xFFFF), flags, cache, one ptgRef token to A1;
    // then STRING with the cached text.
    private static void WriteTextFormula(Stream stream, int row, int column, string cached)
    {
        var body = new byte[20 + 2 + 5];
        BinaryPrimitives.WriteUInt16LittleEndian(body, (ushort)row);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), (ushort)column);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(4), 15);
        body[6] = 0x00;
        body[12] = 0xFF;
        body[13] = 0xFF;
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(20), 5);
        body[22] = 0x24; // ptgRef
        Record(stream, 0x0006, body);

        var text = Encoding.Unicode.GetBytes(cached);
        var stringBody = new byte[3 + text.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(stringBody, (ushort)cached.Length);
        stringBody[2] = 1;
        text.CopyTo(stringBody, 3);
        Record(stream, 0x0207, stringBody);
    }

    private static byte[] Bof(ushort type)
    {
        var body = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(body, 0x0600);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), type);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(4), 0x0DBB);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(6), 0x07CC);
        return body;
    }

    private static void Record(Stream stream, ushort id, byte[] body)
    {
        Span<byte> head = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(head, id);
        BinaryPrimitives.WriteUInt16LittleEndian(head[2..], (ushort)body.Length);
        stream.Write(head);
        stream.Write(body);
    }
}
