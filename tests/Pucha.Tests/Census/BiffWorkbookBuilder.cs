using System.Buffers.Binary;
using System.Text;
using Pucha.Census.Excel;

namespace Pucha.Tests.Census;

/// <summary>
/// Writes an Excel 97-2003 (BIFF8) workbook from sheets of text, the way an organizer's colleague
/// would "save as .xls": globals (BOF, BOUNDSHEET per sheet, EOF), then per sheet BOF, DIMENSIONS,
/// one LABEL record per cell and EOF, all in the "Workbook" stream of a compound file.
/// </summary>
internal static class BiffWorkbookBuilder
{
    public static byte[] FromXlsx(byte[] xlsx) => Build(XlsxGridReader.Read(xlsx, new ImportLimits()));

    public static byte[] Build(IReadOnlyList<GridSheet> sheets)
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
            WriteSheet(stream, sheets[s]);
        }

        return CompoundFileBuilder.Build(("Workbook", stream.ToArray()));
    }

    private static void WriteSheet(Stream stream, GridSheet sheet)
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

        Record(stream, 0x000A, []);
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
