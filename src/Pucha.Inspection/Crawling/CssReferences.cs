namespace Pucha.Inspection.Crawling;

/// <summary>
/// The addresses a style sheet, a &lt;style&gt; element or a style attribute makes a browser load:
/// every <c>url(…)</c> and every <c>@import</c>. One linear pass, no regex: comments are skipped,
/// strings are skipped unless they are an @import's, and an identifier ending in "url" (e.g.
/// "myurl(") is not a url(). Bounded: <see cref="MaxChars"/> read, <see cref="MaxReferences"/> returned.
/// </summary>
internal static class CssReferences
{
    public const int MaxChars = 4 * 1024 * 1024;
    public const int MaxReferences = 2_000;

    /// <summary>A reference and whether it is an @import (a style sheet that is read in turn).</summary>
    public readonly record struct CssReference(string Url, bool IsImport);

    public static List<CssReference> Find(string css)
    {
        var found = new List<CssReference>();
        var text = css.AsSpan(0, Math.Min(css.Length, MaxChars));
        var i = 0;
        while (i < text.Length && found.Count < MaxReferences)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text[(i + 2)..].IndexOf("*/");
                i = end < 0 ? text.Length : i + 2 + end + 2;
            }
            else if (c is '"' or '\'')
            {
                i = SkipString(text, i, out _);
            }
            else if (c == '@' && StartsWithIgnoreCase(text[(i + 1)..], "import"))
            {
                i = SkipWhitespace(text, i + 7);
                if (i < text.Length && text[i] is '"' or '\'')
                {
                    i = SkipString(text, i, out var value);
                    Add(found, value, isImport: true);
                }
                else if (StartsWithIgnoreCase(text[i..], "url("))
                {
                    i = ReadUrl(text, i + 4, out var value);
                    Add(found, value, isImport: true);
                }
            }
            else if (c is 'u' or 'U' && StartsWithIgnoreCase(text[i..], "url(") && (i == 0 || !IsIdentifierChar(text[i - 1])))
            {
                i = ReadUrl(text, i + 4, out var value);
                Add(found, value, isImport: false);
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private static void Add(List<CssReference> found, string value, bool isImport)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 0 && trimmed.Length <= 2048)
            found.Add(new CssReference(trimmed, isImport));
    }

    /// <summary>Reads the inside of url(…) starting after the parenthesis; returns the index after the ')'.</summary>
    private static int ReadUrl(ReadOnlySpan<char> text, int i, out string value)
    {
        i = SkipWhitespace(text, i);
        if (i < text.Length && text[i] is '"' or '\'')
        {
            i = SkipString(text, i, out value);
            var close = text[i..].IndexOf(')');
            return close < 0 ? text.Length : i + close + 1;
        }
        var start = i;
        while (i < text.Length && text[i] != ')' && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\'' or '('))
            i += text[i] == '\\' && i + 1 < text.Length ? 2 : 1;
        value = Unescape(text[start..i]);
        var end = text[i..].IndexOf(')');
        return end < 0 ? text.Length : i + end + 1;
    }

    /// <summary>Skips a quoted string starting at its quote; returns the index after its closing quote (or line end).</summary>
    private static int SkipString(ReadOnlySpan<char> text, int i, out string value)
    {
        var quote = text[i];
        var start = ++i;
        while (i < text.Length && text[i] != quote && text[i] != '\n')
            i += text[i] == '\\' && i + 1 < text.Length ? 2 : 1;
        value = Unescape(text[start..Math.Min(i, text.Length)]);
        return Math.Min(i + 1, text.Length);
    }

    private static string Unescape(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('\\') < 0)
            return raw.ToString();
        var builder = new System.Text.StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length && !char.IsAsciiHexDigit(raw[i + 1]) && raw[i + 1] != '\n')
                builder.Append(raw[++i]);
            else if (raw[i] != '\\')
                builder.Append(raw[i]);
        }
        return builder.ToString();
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 0x7F;
}
