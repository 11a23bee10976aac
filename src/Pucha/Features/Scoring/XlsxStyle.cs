using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pucha.Features.Scoring;

/// <summary>The cell styles of the exported tables (indexes into the stylesheet built by <see cref="Stylesheet"/>).</summary>
internal enum XlsxStyle : uint
{
    Default = 0,
    Title = 1,
    Info = 2,
    Header = 3,
    Body = 4,
    BodyCentered = 5,
    Section = 6,
    Signature = 7,
    Label = 8,
}

internal static class XlsxStyles
{
    /// <summary>宋体 is what the official tables are printed in; viewers without it substitute a CJK font.</summary>
    private const string FontName = "宋体";

    public static Stylesheet Stylesheet()
    {
        static Font Font(double size, bool bold)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            font.Append(new FontSize { Val = size }, new FontName { Val = FontName },
                new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 }); // 134: GB2312
            return font;
        }

        var fonts = new Fonts(Font(11, false), Font(11, true), Font(16, true)) { Count = 3 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 };

        static CellFormat Format(uint font, uint fill, uint border, HorizontalAlignmentValues horizontal, VerticalAlignmentValues vertical, bool wrap) =>
            new(new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = wrap })
            {
                FontId = font, FillId = fill, BorderId = border, NumberFormatId = 0,
                ApplyFont = true, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyAlignment = true,
            };

        var cellFormats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            Format(2, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),
            Format(0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, true),
            Format(1, 2, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),
            Format(0, 0, 1, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, true),
            Format(0, 0, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),
            Format(1, 0, 1, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, true),
            Format(0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, false),
            Format(1, 0, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true))
        { Count = 9 };

        return new Stylesheet(
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
