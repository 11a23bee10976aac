using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Pucha.Tests.ScoreSheets;

/// <summary>Opens an exported workbook, asserts it is valid Open XML, and reads its cell texts.</summary>
public static class Workbooks
{
    public static List<string> ValidTexts(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>())
            .Select(c => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text)]
                : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "")
            .ToList();
    }
}
