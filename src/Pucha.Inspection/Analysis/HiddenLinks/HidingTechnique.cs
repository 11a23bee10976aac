using System.Globalization;
using System.Text.RegularExpressions;

namespace Pucha.Inspection.Analysis.HiddenLinks;

/// <summary>
/// Recognizes the CSS tricks that hide content from a reader while leaving it for crawlers:
/// display:none, visibility:hidden, zero size or font-size 0, off-screen absolute positioning
/// (left/top ≤ −999px), text-indent ≤ −999px, text colour equal to its background, overflow:hidden
/// with a height of 1px or less, opacity 0.
/// </summary>
internal static partial class HidingTechnique
{
    /// <summary>Offsets at or beyond this many pixels off-screen count as hiding.</summary>
    public const double OffScreenPixels = 999;

    /// <summary>The technique hiding an element with these declarations, or null when it is visible.</summary>
    public static string? Detect(IReadOnlyDictionary<string, string> style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (style.Count == 0)
        {
            // Most elements have no style at all: every rule below needs a declaration.
            return null;
        }

        if (Value(style, "display") is { } display && display.StartsWith("none", StringComparison.Ordinal))
        {
            return "display:none";
        }

        if (Value(style, "visibility") is { } visibility && visibility.StartsWith("hidden", StringComparison.Ordinal))
        {
            return "visibility:hidden";
        }

        if (Pixels(style, "font-size") is { } fontSize && fontSize <= 0)
        {
            return "font-size:0";
        }

        if (Value(style, "opacity") is { } opacity && double.TryParse(opacity, NumberStyles.Float, CultureInfo.InvariantCulture, out var o) && o <= 0.01)
        {
            return "opacity:0";
        }

        var width = Pixels(style, "width");
        var height = Pixels(style, "height");
        if (width is <= 0 || height is <= 0)
        {
            return "zero-size";
        }

        if (Value(style, "position") is "absolute" or "fixed")
        {
            foreach (var side in new[] { "left", "top", "margin-left", "margin-top" })
            {
                if (Pixels(style, side) is { } offset && offset <= -OffScreenPixels)
                {
                    return "off-screen";
                }
            }
        }

        if (Pixels(style, "text-indent") is { } indent && indent <= -OffScreenPixels)
        {
            return "text-indent";
        }

        if (Value(style, "overflow") is "hidden" && height is <= 1)
        {
            return "overflow-hidden";
        }

        if (Value(style, "color") is { } color && BackgroundColor(style) is { } background && SameColor(color, background))
        {
            return "same-color";
        }

        return null;
    }

    private static string? Value(IReadOnlyDictionary<string, string> style, string name) =>
        style.TryGetValue(name, out var value) ? value.Trim() : null;

    private static double? Pixels(IReadOnlyDictionary<string, string> style, string name)
    {
        if (Value(style, name) is not { } value)
        {
            return null;
        }

        var match = Length().Match(value);
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return match.Groups[2].Value switch
        {
            "em" or "rem" => number * 16,
            _ => number,
        };
    }

    private static string? BackgroundColor(IReadOnlyDictionary<string, string> style)
    {
        if (Value(style, "background-color") is { } color)
        {
            return color;
        }

        return Value(style, "background") is { } background ? background.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() : null;
    }

    private static bool SameColor(string a, string b) =>
        NormalizeColor(a) is { } x && NormalizeColor(b) is { } y && x == y;

    private static string? NormalizeColor(string color)
    {
        var value = color.Trim().ToLowerInvariant();
        switch (value)
        {
            case "white":
                return "#ffffff";
            case "black":
                return "#000000";
            case "transparent" or "inherit" or "initial" or "currentcolor" or "":
                return null;
        }

        if (value.Length == 4 && value[0] == '#')
        {
            return $"#{value[1]}{value[1]}{value[2]}{value[2]}{value[3]}{value[3]}";
        }

        var rgb = Rgb().Match(value);
        if (rgb.Success)
        {
            return string.Create(CultureInfo.InvariantCulture, $"#{int.Parse(rgb.Groups[1].Value, CultureInfo.InvariantCulture):x2}{int.Parse(rgb.Groups[2].Value, CultureInfo.InvariantCulture):x2}{int.Parse(rgb.Groups[3].Value, CultureInfo.InvariantCulture):x2}");
        }

        return value;
    }

    [GeneratedRegex(@"^(-?\d+(?:\.\d+)?)\s*(px|em|rem|pt|%)?")]
    private static partial Regex Length();

    [GeneratedRegex(@"^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")]
    private static partial Regex Rgb();
}
