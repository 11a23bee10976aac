using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Identity;

/// <summary>
/// Markup that inline scripts write into the page (footers kept as string literals and set with
/// innerHTML, badges written with <c>document.write(unescape("%3C…"))</c>). A reader sees it, so
/// identity checks read it too. The literals of each script are decoded (JavaScript escapes and
/// <c>unescape</c>'s %XX/%uXXXX), joined in order and parsed as an HTML fragment when they contain
/// markup.
/// </summary>
internal static partial class ScriptMarkup
{
    /// <summary>Most script characters read per page.</summary>
    public const int MaxScriptChars = 1_000_000;

    /// <summary>Parses the markup found in the document's inline scripts; null when there is none.</summary>
    public static IDocument? Parse(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var markup = new StringBuilder();
        var read = 0;
        foreach (var script in PageElements.Of(document).Named("script"))
        {
            if (script.HasAttribute("src"))
            {
                continue;
            }

            var code = script.TextContent;
            if (read + code.Length > MaxScriptChars)
            {
                break;
            }

            read += code.Length;
            var joined = new StringBuilder();
            MatchCollection literals;
            try
            {
                literals = StringLiteral().Matches(code);
                _ = literals.Count;
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            foreach (Match literal in literals)
            {
                var body = literal.Groups["dq"].Success ? literal.Groups["dq"].Value : literal.Groups["sq"].Value;
                var decoded = DecodeJavaScript(body);
                if (decoded.Contains('%', StringComparison.Ordinal))
                {
                    decoded = Unescape(decoded);
                }

                joined.Append(decoded);
            }

            var text = joined.ToString();
            if (text.Contains('<', StringComparison.Ordinal) && text.Contains('>', StringComparison.Ordinal))
            {
                markup.Append(text).Append('\n');
            }
        }

        if (markup.Length == 0)
        {
            return null;
        }

        var parser = new HtmlParser();
        return parser.ParseDocument("<html><body>" + markup + "</body></html>");
    }

    internal static string DecodeJavaScript(string body)
    {
        if (!body.Contains('\\', StringComparison.Ordinal))
        {
            return body;
        }

        var result = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                result.Append(c);
                continue;
            }

            var next = body[++i];
            switch (next)
            {
                case 'n':
                    result.Append('\n');
                    break;
                case 't':
                    result.Append('\t');
                    break;
                case 'r':
                    break;
                case 'u' when i + 4 < body.Length && ushort.TryParse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    result.Append((char)code);
                    i += 4;
                    break;
                case 'x' when i + 2 < body.Length && byte.TryParse(body.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b):
                    result.Append((char)b);
                    i += 2;
                    break;
                default:
                    result.Append(next);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>JavaScript's <c>unescape</c>: %uXXXX and %XX (as Latin-1), anything else kept.</summary>
    internal static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 5 < text.Length + 0 && text[i + 1] == 'u'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var wide))
            {
                result.Append((char)wide);
                i += 5;
            }
            else if (c == '%' && i + 2 < text.Length
                && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var narrow))
            {
                result.Append((char)narrow);
                i += 2;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    // Literals end at their line; the time-out bounds what a hostile script can cost.
    [GeneratedRegex("""
        "(?<dq>(?:[^"\\\r\n]|\\.)*)"|'(?<sq>(?:[^'\\\r\n]|\\.)*)'
        """, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex StringLiteral();
}
