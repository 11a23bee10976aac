using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Pucha.Features.Census.Excel;

/// <summary>
/// Reads an .xlsx into <see cref="GridSheet"/>s with a plain <see cref="XmlReader"/> over the zip:
/// the zip directory is checked first (entry count, uncompressed sizes, compression ratios), then every
/// part is read through a byte counter, and rows, cells and strings are bounded while streaming.
/// Formula cells are marked, never evaluated: the import refuses them.
/// </summary>
public static class XlsxGridReader
{
    private const string OfficeDocumentType = "/officeDocument";
    private const string SharedStringsType = "/sharedStrings";

    public static List<GridSheet> Read(byte[] file, ImportLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new WorkbookRejectedException(ImportMessages.Corrupt);
        }

        using (zip)
        {
            CheckDirectory(zip, limits);
            try
            {
                return ReadSheets(zip, limits);
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or IOException or FormatException)
            {
                throw new WorkbookRejectedException(ImportMessages.Corrupt);
            }
        }
    }

    /// <summary>The zip directory is read without inflating anything: refuse bombs before they go off.</summary>
    private static void CheckDirectory(ZipArchive zip, ImportLimits limits)
    {
        if (zip.Entries.Count > limits.MaxZipEntries)
        {
            throw new WorkbookRejectedException(ImportMessages.ZipBomb);
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
            if (entry.Length > limits.MaxPartBytes || total > limits.MaxTotalUncompressedBytes
                || (entry.Length > limits.RatioCheckFloorBytes && ratio > limits.MaxCompressionRatio))
            {
                throw new WorkbookRejectedException(ImportMessages.ZipBomb);
            }
        }
    }

    private static List<GridSheet> ReadSheets(ZipArchive zip, ImportLimits limits)
    {
        var rootRels = ReadRelationships(zip, "_rels/.rels", "", limits);
        var workbookPath = rootRels.Values.FirstOrDefault(r => r.Type.EndsWith(OfficeDocumentType, StringComparison.Ordinal)).Target
            ?? throw new WorkbookRejectedException(ImportMessages.Corrupt);
        var workbookDir = workbookPath.Contains('/') ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : "";
        var workbookRels = ReadRelationships(zip, $"{workbookDir}_rels/{Path.GetFileName(workbookPath)}.rels", workbookDir, limits);

        var sharedStrings = workbookRels.Values.FirstOrDefault(r => r.Type.EndsWith(SharedStringsType, StringComparison.Ordinal)).Target is { } sstPath
            ? ReadSharedStrings(zip, sstPath, limits)
            : [];

        var sheets = new List<GridSheet>();
        using var reader = Open(zip, workbookPath, limits);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet")
            {
                continue;
            }

            var name = reader.GetAttribute("name") ?? "";
            var state = reader.GetAttribute("state");
            var id = RelationshipId(reader);
            if (id is null || !workbookRels.TryGetValue(id, out var rel))
            {
                throw new WorkbookRejectedException(ImportMessages.Corrupt);
            }

            if (sheets.Count == limits.MaxSheets)
            {
                throw new WorkbookRejectedException($"工作表数量超过上限（{limits.MaxSheets}个）。");
            }

            var sheet = new GridSheet(name, state is "hidden" or "veryHidden");
            sheets.Add(sheet);
            // Only the sheets the import reads are parsed; others (e.g. a chart sheet) are listed by name.
            if (rel.Type.EndsWith("/worksheet", StringComparison.Ordinal))
            {
                ReadWorksheet(zip, rel.Target, sheet, sharedStrings, limits);
            }
        }

        return sheets;
    }

    private static void ReadWorksheet(ZipArchive zip, string path, GridSheet sheet, List<string> sharedStrings, ImportLimits limits)
    {
        using var reader = Open(zip, path, limits);
        var rowNumber = 0;
        var buffer = new string?[limits.MaxColumns];
        string?[]? cells = null;
        List<int>? formulas = null;
        var lastColumn = 0;
        var usedColumns = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                if (rowNumber > limits.MaxRowsPerSheet || sheet.RowCount >= limits.MaxRowsPerSheet)
                {
                    throw new WorkbookRejectedException(ImportMessages.TooManyRows(sheet.Name, limits.MaxRowsPerSheet));
                }

                cells = buffer;
                Array.Clear(buffer);
                formulas = null;
                lastColumn = 0;
                usedColumns = 0;
                if (reader.IsEmptyElement)
                {
                    cells = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && cells is not null)
            {
                // The row keeps only the columns it uses; the buffer is reused for the next row.
                var row = new GridRow(rowNumber, cells[..usedColumns]) { FormulaColumns = formulas };
                if (formulas is not null || !row.IsBlank)
                {
                    sheet.Add(row);
                }

                cells = null;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && cells is not null)
            {
                var column = ColumnNumber(reader.GetAttribute("r")) is var c and > 0 ? c : lastColumn + 1;
                lastColumn = column;
                var (text, hasFormula) = ReadCell(reader, sharedStrings, limits);
                if (column <= limits.MaxColumns)
                {
                    cells[column - 1] = text;
                    usedColumns = Math.Max(usedColumns, text is null ? 0 : column);
                    if (hasFormula)
                    {
                        (formulas ??= []).Add(column);
                    }
                }
            }
        }
    }

    private static (string? Text, bool HasFormula) ReadCell(XmlReader reader, List<string> sharedStrings, ImportLimits limits)
    {
        var type = reader.GetAttribute("t");
        if (reader.IsEmptyElement)
        {
            return (null, false);
        }

        string? raw = null;
        string? inline = null;
        var hasFormula = false;
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "f":
                    hasFormula = true;
                    break;
                case "v":
                    raw = Bounded(reader.ReadElementContentAsString(), limits);
                    if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                    {
                        return (Convert(type, raw, inline, sharedStrings), hasFormula);
                    }

                    break;
                case "is":
                    inline = ReadStringItem(reader, limits);
                    if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                    {
                        return (Convert(type, raw, inline, sharedStrings), hasFormula);
                    }

                    break;
            }
        }

        return (Convert(type, raw, inline, sharedStrings), hasFormula);
    }

    private static string? Convert(string? type, string? raw, string? inline, List<string> sharedStrings)
    {
        switch (type)
        {
            case "s":
                if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= sharedStrings.Count)
                {
                    throw new WorkbookRejectedException(ImportMessages.Corrupt);
                }

                return sharedStrings[index];
            case "inlineStr":
                return inline;
            case "b":
                return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
            case null or "n":
                return NumberText(raw);
            default:
                return raw; // "str" (a formula's text result), "e" (an error such as #REF!), "d"
        }
    }

    /// <summary>
    /// A number typed into a general cell (a mobile number, say) is stored as a double; give back the
    /// digits the person typed rather than "1.3812345678E+10".
    /// </summary>
    internal static string? NumberText(string? raw)
    {
        if (raw is null || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return raw;
        }

        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static List<string> ReadSharedStrings(ZipArchive zip, string path, ImportLimits limits)
    {
        var strings = new List<string>();
        using var reader = Open(zip, path, limits);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (strings.Count == limits.MaxSharedStrings)
                {
                    throw new WorkbookRejectedException(ImportMessages.ZipBomb);
                }

                strings.Add(reader.IsEmptyElement ? "" : ReadStringItem(reader, limits));
            }
        }

        return strings;
    }

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt;: its &lt;t&gt; runs, without phonetic (rPh) runs.</summary>
    private static string ReadStringItem(XmlReader reader, ImportLimits limits)
    {
        var depth = reader.Depth;
        string? single = null;
        System.Text.StringBuilder? builder = null;
        var inPhonetic = false;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                inPhonetic = !reader.IsEmptyElement;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "rPh")
            {
                inPhonetic = false;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && !inPhonetic)
            {
                var text = reader.IsEmptyElement ? "" : reader.ReadElementContentAsString();
                if (single is null && builder is null)
                {
                    single = text;
                }
                else
                {
                    builder ??= new System.Text.StringBuilder(single);
                    builder.Append(text);
                }

                if ((builder?.Length ?? single?.Length ?? 0) > limits.MaxCellChars)
                {
                    throw new WorkbookRejectedException(ImportMessages.CellTooLong(limits.MaxCellChars));
                }

                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }
            }
        }

        return builder?.ToString() ?? single ?? "";
    }

    private static string Bounded(string text, ImportLimits limits) =>
        text.Length > limits.MaxCellChars
            ? throw new WorkbookRejectedException(ImportMessages.CellTooLong(limits.MaxCellChars))
            : text;

    private static int ColumnNumber(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return 0;
        }

        var number = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                number = number * 26 + (c - 'A' + 1);
                if (number > 16_384)
                {
                    return 0;
                }
            }
            else
            {
                break;
            }
        }

        return number;
    }

    private static string? RelationshipId(XmlReader reader)
    {
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.LocalName == "id" && reader.Prefix.Length > 0)
                {
                    var value = reader.Value;
                    reader.MoveToElement();
                    return value;
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return null;
    }

    private static Dictionary<string, (string Target, string Type)> ReadRelationships(
        ZipArchive zip, string path, string baseDir, ImportLimits limits)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var reader = Open(zip, path, limits);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
            {
                var id = reader.GetAttribute("Id");
                var target = reader.GetAttribute("Target");
                var type = reader.GetAttribute("Type") ?? "";
                if (id is null || target is null || reader.GetAttribute("TargetMode") == "External")
                {
                    continue;
                }

                result[id] = (Resolve(baseDir, target), type);
            }
        }

        return result;
    }

    private static string Resolve(string baseDir, string target)
    {
        if (target.StartsWith('/'))
        {
            return target[1..];
        }

        var parts = new List<string>((baseDir + target).Split('/', StringSplitOptions.RemoveEmptyEntries));
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] == "..")
            {
                parts.RemoveAt(i);
                if (i > 0)
                {
                    parts.RemoveAt(--i);
                }

                i--;
            }
            else if (parts[i] == ".")
            {
                parts.RemoveAt(i--);
            }
        }

        return string.Join('/', parts);
    }

    private static XmlReader Open(ZipArchive zip, string path, ImportLimits limits)
    {
        var entry = zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase))
            ?? throw new WorkbookRejectedException(ImportMessages.Corrupt);
        var stream = new BoundedReadStream(entry.Open(), Math.Min(entry.Length, limits.MaxPartBytes));
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CloseInput = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        });
    }
}
