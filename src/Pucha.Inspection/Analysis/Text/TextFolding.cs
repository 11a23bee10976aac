using System.Reflection;

namespace Pucha.Inspection.Analysis.Text;

/// <summary>
/// Folds characters so that variants compare equal: full-width ASCII to half-width, the
/// ideographic space and colon-like marks to ASCII, ASCII letters to lower case, and traditional
/// characters to simplified (single characters, from OpenCC's TSCharacters; see
/// Data/t2s-chars.txt for provenance). Folding maps one UTF-16 unit to one, so offsets in folded
/// text are offsets in the original.
/// </summary>
internal static class TextFolding
{
    private static readonly char[] Table = BuildTable();

    /// <summary>Number of traditional characters the table folds (for diagnostics and tests).</summary>
    public static int TraditionalPairCount { get; private set; }

    public static char Fold(char c) => Table[c];

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) => Fold(source, span));
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> (same length or longer).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("Destination is shorter than the source.", nameof(destination));
        }

        var table = Table;
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = table[source[i]];
        }
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            table[c] = (char)(c + 32);
        }

        // Full-width ASCII block U+FF01..U+FF5E maps onto U+0021..U+007E.
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            var half = (char)(c - 0xFEE0);
            table[c] = half is >= 'A' and <= 'Z' ? (char)(half + 32) : half;
        }

        table['\u3000'] = ' ';
        table['\u00A0'] = ' ';
        table['\u2236'] = ':'; // RATIO, used as a colon in dates like 10∶20
        table['\uFE55'] = ':'; // SMALL COLON
        table['\u2014'] = '-';
        table['\u2013'] = '-';
        table['\u2212'] = '-';

        var pairs = 0;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Pucha.Inspection.Analysis.t2s-chars.txt")
            ?? throw new InvalidOperationException("Embedded resource t2s-chars.txt is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t')
            {
                table[line[0]] = line[2];
                pairs++;
            }
        }

        TraditionalPairCount = pairs;
        return table;
    }
}
