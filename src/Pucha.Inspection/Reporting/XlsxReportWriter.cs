using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pucha.Inspection.Reporting;

/// <summary>The findings as one Excel sheet (检查结果), one row per finding, evidence as JSON text.</summary>
public static class XlsxReportWriter
{
    private const int MaxCellLength = 32_767;
    private static readonly JsonTypeInfo<IReadOnlyDictionary<string, object?>> CompactEvidence =
        (JsonTypeInfo<IReadOnlyDictionary<string, object?>>)new JsonSerializerOptions(JsonReportWriter.Options) { WriteIndented = false }
            .GetTypeInfo(typeof(IReadOnlyDictionary<string, object?>));
    private static readonly string[] Headers = ["序号", "检查项", "检查编号", "严重程度", "问题描述", "网址", "证据"];

    public static void Write(InspectionReport report, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();

        data.Append(Row(1, Headers));
        var rowIndex = 1u;
        foreach (var finding in report.Findings)
        {
            rowIndex++;
            var evidence = JsonSerializer.Serialize(finding.Evidence, CompactEvidence);
            data.Append(Row(rowIndex,
            [
                (rowIndex - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                CheckNames.Of(finding.Check),
                finding.Check,
                TableReportWriter.SeverityName(finding.Severity),
                finding.Message,
                finding.Url ?? "",
                evidence,
            ]));
        }

        sheetPart.Worksheet = new Worksheet(
            new DocumentFormat.OpenXml.Spreadsheet.Columns(
                new Column { Min = 1, Max = 1, Width = 6, CustomWidth = true },
                new Column { Min = 2, Max = 4, Width = 14, CustomWidth = true },
                new Column { Min = 5, Max = 5, Width = 60, CustomWidth = true },
                new Column { Min = 6, Max = 6, Width = 50, CustomWidth = true },
                new Column { Min = 7, Max = 7, Width = 80, CustomWidth = true }),
            data);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "检查结果" });
        workbookPart.Workbook.Save();
    }

    private static Row Row(uint index, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = index };
        for (var column = 0; column < values.Count; column++)
        {
            row.Append(new Cell
            {
                CellReference = $"{(char)('A' + column)}{index}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(Clean(values[column])) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        return row;
    }

    /// <summary>Drops characters XML cannot carry (crawled text may contain any) and bounds the length.</summary>
    private static string Clean(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxCellLength));
        for (var i = 0; i < value.Length && builder.Length < MaxCellLength - 1; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
                continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
