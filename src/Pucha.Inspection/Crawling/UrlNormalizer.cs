using System.Text;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// One spelling per address, so each page is visited once: lower-case scheme and host, no default
/// port, no fragment, dot segments resolved, "/" for an empty path, unreserved characters
/// unescaped and other escapes in upper-case hex.
/// </summary>
internal static class UrlNormalizer
{
    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseUrl"/> and normalizes it; null if not http(s).</summary>
    public static Uri? Resolve(Uri baseUrl, string reference)
    {
        reference = reference.Trim();
        if (reference.Length == 0 || !Uri.TryCreate(baseUrl, reference, out var absolute))
            return null;
        return Normalize(absolute);
    }

    public static Uri? Normalize(Uri absolute)
    {
        if (!absolute.IsAbsoluteUri || (absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps))
            return null;
        if (absolute.Host.Length == 0)
            return null;
        var text = absolute.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
        var normalized = NormalizeEscapes(text);
        return ReferenceEquals(normalized, text) && absolute.Fragment.Length == 0 && absolute.OriginalString == text
            ? absolute
            : new Uri(normalized);
    }

    /// <summary>The normalized text of an absolute URL (the crawl's de-duplication key).</summary>
    public static string Key(Uri normalized) => normalized.AbsoluteUri;

    private static string NormalizeEscapes(string text)
    {
        var percent = text.IndexOf('%');
        if (percent < 0)
            return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, percent);
        for (var i = percent; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                var value = (char)Convert.ToByte(text.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(value) || value is '-' or '.' or '_' or '~')
                    builder.Append(value);
                else
                    builder.Append('%').Append(char.ToUpperInvariant(text[i + 1])).Append(char.ToUpperInvariant(text[i + 2]));
                i += 2;
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
