using System.Text;

namespace Pucha.Features.Alerts;

/// <summary>
/// Puts registry and crawled text into a robot's markdown safely: one line (control characters and
/// line breaks become spaces), bounded, and every markdown-active character backslash-escaped, so a
/// site name or an error text cannot add links, headings or mentions to an alert.
/// </summary>
public static class MarkdownText
{
    // What can make structure mid-line: links/images ([ ] ( )), emphasis (* _ ~), code (`), headings and quotes (# >),
    // tables (|), HTML such as <font> (< >). '.', '-', '+' only act at a line start, which a value never is; escaping
    // them would print backslashes in every address on robots that do not honour escapes.
    private const string Active = "\\`*_[]()#>~<|";

    public static string Escape(string? text, int maxChars = 200)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var builder = new StringBuilder(Math.Min(text.Length, maxChars) + 16);
        var taken = 0;
        foreach (var c in text)
        {
            if (taken == maxChars)
            {
                builder.Append('…');
                break;
            }

            taken++;
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
                builder.Append(' ');
            else if (Active.Contains(c))
                builder.Append('\\').Append(c);
            else
                builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The text of an escaped markdown body, for a plain-text e-mail.</summary>
    public static string ToPlain(string markdown)
    {
        var builder = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && Active.Contains(markdown[i + 1]))
                builder.Append(markdown[++i]);
            else if (c is '*' or '#')
                continue; // emphasis and heading marks of the template (escaped ones were taken above)
            else
                builder.Append(c);
        }

        return builder.ToString().Replace("\n\n", "\n", StringComparison.Ordinal).Trim();
    }
}
