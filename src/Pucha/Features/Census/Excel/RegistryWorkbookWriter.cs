using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pucha.Features.Census.Excel;

/// <summary>
/// Writes the census registry workbook: the blank template units fill offline, and the 上报表 an
/// organizer prints, signs and stamps. Sheets are streamed with <see cref="OpenXmlWriter"/> and text
/// goes through one shared-string table, so a 10,000-site export stays small and quick.
/// </summary>
public static class RegistryWorkbookWriter
{
    // Cell format indices in the stylesheet built by Styles().
    private const uint StyleTitle = 1;
    private const uint StyleHeader = 2;
    private const uint StyleData = 3;
    private const uint StyleLabel = 4;
    private const uint StyleCenteredData = 5;

    /// <summary>Rows of the 附件4 sheet for a blank template: one empty block to copy.</summary>
    private const int TemplateBlocks = 1;

    public static void Write(Stream output, RegistryWorkbookContent content)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();

        var strings = new SharedStrings();
        var basic = workbookPart.AddNewPart<WorksheetPart>();
        var basicLastRow = WriteBasicSheet(basic, content, strings);
        var columns = workbookPart.AddNewPart<WorksheetPart>();
        WriteColumnsSheet(columns, content, strings);
        var instructions = workbookPart.AddNewPart<WorksheetPart>();
        WriteInstructionsSheet(instructions, strings);
        var marker = workbookPart.AddNewPart<WorksheetPart>();
        WriteMarkerSheet(marker, strings);

        var sst = workbookPart.AddNewPart<SharedStringTablePart>();
        strings.WriteTo(sst);

        var sheets = new Sheets(
            new Sheet { Id = workbookPart.GetIdOfPart(basic), SheetId = 1, Name = RegistryLayout.BasicSheet },
            new Sheet { Id = workbookPart.GetIdOfPart(columns), SheetId = 2, Name = RegistryLayout.ColumnsSheet },
            new Sheet { Id = workbookPart.GetIdOfPart(instructions), SheetId = 3, Name = RegistryLayout.InstructionsSheet },
            new Sheet
            {
                Id = workbookPart.GetIdOfPart(marker), SheetId = 4, Name = RegistryLayout.MarkerSheet,
                State = SheetStateValues.VeryHidden,
            });
        var lastColumn = RegistryLayout.ColumnLetter(RegistryLayout.ColumnCount);
        var definedNames = new DefinedNames(
            new DefinedName($"'{RegistryLayout.BasicSheet}'!$A$1:${lastColumn}${basicLastRow}")
            {
                Name = "_xlnm.Print_Area", LocalSheetId = 0,
            },
            new DefinedName($"'{RegistryLayout.BasicSheet}'!${RegistryLayout.GroupHeaderRow}:${RegistryLayout.HeaderRow}")
            {
                Name = "_xlnm.Print_Titles", LocalSheetId = 0,
            });
        workbookPart.Workbook.Append(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets,
            definedNames);
        workbookPart.Workbook.Save();
    }

    /// <summary>Returns the last row used (the signature row), for the print area.</summary>
    private static int WriteBasicSheet(WorksheetPart part, RegistryWorkbookContent content, SharedStrings strings)
    {
        var count = RegistryLayout.ColumnCount;
        var lastLetter = RegistryLayout.ColumnLetter(count);
        var dataRows = content.IsTemplate ? RegistryLayout.TemplateBlankRows : content.Sites.Count;
        var lastDataRow = RegistryLayout.FirstDataRow + dataRows - 1;
        var signatureRow = lastDataRow + 2;

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(new SheetView
        {
            WorkbookViewId = 0, TabSelected = true,
            Pane = new Pane
            {
                VerticalSplit = RegistryLayout.HeaderRow, TopLeftCell = $"A{RegistryLayout.FirstDataRow}",
                ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            },
        }));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        var cols = new Columns();
        foreach (var column in RegistryLayout.Columns)
        {
            cols.Append(new Column { Min = (uint)column.Number, Max = (uint)column.Number, Width = column.Width, CustomWidth = true });
        }

        writer.WriteElement(cols);
        writer.WriteStartElement(new SheetData());

        WriteRow(writer, RegistryLayout.TitleRow, 30, [(1, RegistryLayout.Title, StyleTitle)], strings);
        WriteRow(writer, RegistryLayout.FillingUnitRow, 20,
            [(1, RegistryLayout.FillingUnitLabel + content.FillingUnit, StyleLabel)], strings);

        var groupRow = new List<(int, string?, uint)>();
        var headerRow = new List<(int, string?, uint)>();
        foreach (var column in RegistryLayout.Columns)
        {
            var top = column.Group is null ? column.Header
                : column == RegistryLayout.Columns.First(c => c.Group == column.Group) ? column.Group : null;
            groupRow.Add((column.Number, top, StyleHeader));
            headerRow.Add((column.Number, column.Group is null ? null : column.Header, StyleHeader));
        }

        WriteRow(writer, RegistryLayout.GroupHeaderRow, 20, groupRow, strings);
        WriteRow(writer, RegistryLayout.HeaderRow, 20, headerRow, strings);

        var cells = new List<(int, string?, uint)>(count);
        for (var i = 0; i < dataRows; i++)
        {
            cells.Clear();
            var site = content.IsTemplate ? null : content.Sites[i];
            foreach (var column in RegistryLayout.Columns)
            {
                var style = column.Group is null ? StyleData : StyleCenteredData;
                cells.Add((column.Number, site?[column.Field], style));
            }

            WriteRow(writer, RegistryLayout.FirstDataRow + i, null, cells, strings);
        }

        // Label, then its value in the next cell: 单位负责人：| 张三 | … | 填报日期：| 2015-04-20
        var signature = new List<(int, string?, uint)>();
        var values = content.Signature.Values;
        for (var i = 0; i < RegistryLayout.Signatures.Count; i++)
        {
            var (label, column) = RegistryLayout.Signatures[i];
            signature.Add((column, label, StyleLabel));
            signature.Add((column + 1, values[i], StyleLabel));
        }

        WriteRow(writer, signatureRow, 24, signature, strings);
        writer.WriteEndElement(); // sheetData

        var merges = new MergeCells(
            new MergeCell { Reference = $"A{RegistryLayout.TitleRow}:{lastLetter}{RegistryLayout.TitleRow}" },
            new MergeCell { Reference = $"A{RegistryLayout.FillingUnitRow}:{lastLetter}{RegistryLayout.FillingUnitRow}" });
        foreach (var column in RegistryLayout.Columns.Where(c => c.Group is null))
        {
            merges.Append(new MergeCell
            {
                Reference = $"{column.Letter}{RegistryLayout.GroupHeaderRow}:{column.Letter}{RegistryLayout.HeaderRow}",
            });
        }

        foreach (var group in RegistryLayout.Columns.Where(c => c.Group is not null).GroupBy(c => c.Group))
        {
            merges.Append(new MergeCell
            {
                Reference = $"{group.First().Letter}{RegistryLayout.GroupHeaderRow}:{group.Last().Letter}{RegistryLayout.GroupHeaderRow}",
            });
        }

        writer.WriteElement(merges);

        var siteType = RegistryLayout.ByField[RegistryField.WebsiteType].Letter;
        writer.WriteElement(new DataValidations(new DataValidation
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "网站类型",
            Error = "请选择“政府门户网站”、“部门网站”或“专项网站”。",
            SequenceOfReferences = new ListValue<StringValue>
            {
                InnerText = $"{siteType}{RegistryLayout.FirstDataRow}:{siteType}{Math.Max(lastDataRow, RegistryLayout.FirstDataRow)}",
            },
            Formula1 = new Formula1($"\"{string.Join(',', RegistryLayout.SiteTypes)}\""),
        }));
        WritePrintSetup(writer, landscape: true);
        writer.WriteEndElement(); // worksheet
        return signatureRow;
    }

    private static void WriteColumnsSheet(WorksheetPart part, RegistryWorkbookContent content, SharedStrings strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        writer.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = 14, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 24, CustomWidth = true },
            new Column { Min = 3, Max = 3, Width = 40, CustomWidth = true },
            new Column { Min = 4, Max = 4, Width = 50, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, 30, [(1, RegistryLayout.ColumnsTitle, StyleTitle)], strings);

        var merges = new MergeCells(new MergeCell { Reference = "A1:D1" });
        var blocks = content.IsTemplate ? TemplateBlocks : content.Sites.Count;
        var row = 3;
        for (var b = 0; b < blocks; b++)
        {
            var site = content.IsTemplate ? null : content.Sites[b];
            WriteRow(writer, row, 20,
                [(1, RegistryLayout.BlockLabel, StyleHeader), (2, site?[RegistryField.HomepageUrl], StyleData),
                 (3, null, StyleData), (4, null, StyleData)], strings);
            merges.Append(new MergeCell { Reference = $"B{row}:D{row}" });
            WriteRow(writer, row + 1, 20,
                [(1, RegistryLayout.CategoryHeader, StyleHeader), (2, null, StyleHeader),
                 (3, RegistryLayout.NameHeader, StyleHeader), (4, RegistryLayout.AddressHeader, StyleHeader)], strings);
            merges.Append(new MergeCell { Reference = $"A{row + 1}:B{row + 1}" });

            var first = row + 2;
            for (var k = 0; k < RegistryLayout.ColumnKinds.Count; k++)
            {
                var kind = RegistryLayout.ColumnKinds[k];
                var category = RegistryLayout.CategoryLabel(kind);
                var startsCategory = k == 0 || RegistryLayout.CategoryLabel(RegistryLayout.ColumnKinds[k - 1]) != category;
                WriteRow(writer, first + k, null,
                    [(1, startsCategory ? category : null, StyleHeader), (2, RegistryLayout.KindLabel(kind), StyleCenteredData),
                     (3, site?.ColumnNames[k], StyleData), (4, site?.ColumnAddresses[k], StyleData)], strings);
            }

            foreach (var category in RegistryLayout.ColumnKinds.Select((kind, index) => (Category: RegistryLayout.CategoryLabel(kind), index)).GroupBy(x => x.Category))
            {
                merges.Append(new MergeCell { Reference = $"A{first + category.First().index}:A{first + category.Last().index}" });
            }

            row += RegistryLayout.BlockRows + 1;
        }

        writer.WriteEndElement(); // sheetData
        writer.WriteElement(merges);
        WritePrintSetup(writer, landscape: false);
        writer.WriteEndElement();
    }

    private static void WriteInstructionsSheet(WorksheetPart part, SharedStrings strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new Columns(new Column { Min = 1, Max = 1, Width = 110, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        for (var i = 0; i < Instructions.Lines.Count; i++)
        {
            WriteRow(writer, i + 1, null, [(1, Instructions.Lines[i], StyleLabel)], strings);
        }

        writer.WriteEndElement();
        WritePrintSetup(writer, landscape: false);
        writer.WriteEndElement();
    }

    private static void WriteMarkerSheet(WorksheetPart part, SharedStrings strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, null, [(1, RegistryLayout.TemplateMarker, 0)], strings);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WritePrintSetup(OpenXmlWriter writer, bool landscape)
    {
        writer.WriteElement(new PrintOptions { HorizontalCentered = true });
        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
    }

    private static void WriteRow(
        OpenXmlWriter writer, int rowIndex, double? height, IReadOnlyList<(int Column, string? Text, uint Style)> cells, SharedStrings strings)
    {
        var attributes = new List<OpenXmlAttribute> { new("r", "", rowIndex.ToString(CultureInfo.InvariantCulture)) };
        if (height is { } h)
        {
            attributes.Add(new OpenXmlAttribute("ht", "", h.ToString(CultureInfo.InvariantCulture)));
            attributes.Add(new OpenXmlAttribute("customHeight", "", "1"));
        }

        writer.WriteStartElement(new Row(), attributes);
        foreach (var (column, text, style) in cells)
        {
            var cell = new Cell
            {
                CellReference = RegistryLayout.ColumnLetter(column) + rowIndex.ToString(CultureInfo.InvariantCulture),
                StyleIndex = style == 0 ? null : style,
            };
            if (!string.IsNullOrEmpty(text))
            {
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(strings.IndexOf(text));
            }

            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static Stylesheet Styles()
    {
        static Font Song(double size, bool bold)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
            return font;
        }

        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } },
            new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } },
            new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } },
            new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } },
            new DiagonalBorder());

        return new Stylesheet(
            new Fonts(Song(11, false), Song(16, true), Song(11, true)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                thin)
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center })
                { FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { FontId = 2, FillId = 0, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                // Text format (49 "@"): phone numbers and codes typed into the template stay text, leading zeros kept.
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true })
            { Count = 6 },
            new CellStyles(new CellStyle { Name = "常规", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
