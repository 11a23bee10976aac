using System.Text;
using System.Text.RegularExpressions;

namespace Pucha.Inspection.Fetching;

/// <summary>
/// Finds a body's character encoding the way a browser does: byte order mark, then the
/// Content-Type header, then a &lt;meta&gt; in the first bytes; without any, UTF-8 when the bytes
/// are valid UTF-8 and GB18030 otherwise (Chinese sites that declare nothing are almost always GBK).
/// </summary>
public static partial class CharsetDetector
{
    private const int MetaScanBytes = 4096;

    // Registers the code pages (GBK, Big5…) before the first encoding is looked up.
    public static Encoding Gb18030 { get; } = RegisterCodePagesAndGet("GB18030");

    private static Encoding RegisterCodePagesAndGet(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    /// <summary>Detects the encoding; <paramref name="bomLength"/> is how many leading bytes to skip.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> body, string? headerCharset, out int bomLength)
    {
        bomLength = 0;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { bomLength = 3; return Encoding.UTF8; }
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { bomLength = 2; return Encoding.Unicode; }
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { bomLength = 2; return Encoding.BigEndianUnicode; }

        if (FromLabel(headerCharset) is { } fromHeader)
            return fromHeader;

        var prefix = Encoding.Latin1.GetString(body[..Math.Min(body.Length, MetaScanBytes)]);
        var match = MetaCharset().Match(prefix);
        if (match.Success && FromLabel(match.Groups["cs"].Value) is { } fromMeta)
        {
            // A page cannot be UTF-16 if its meta was readable as ASCII (HTML standard rule).
            return fromMeta is UnicodeEncoding ? Encoding.UTF8 : fromMeta;
        }

        return IsValidUtf8(body) ? Encoding.UTF8 : Gb18030;
    }

    /// <summary>Maps a charset label to an encoding; GBK and GB2312 decode as their superset GB18030.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return null;
        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        return label switch
        {
            "utf-8" or "utf8" => Encoding.UTF8,
            "gb2312" or "gbk" or "x-gbk" or "gb18030" or "cp936" or "euc-cn" or "gb_2312-80" => Gb18030,
            "big5" or "big5-hkscs" or "x-x-big5" or "cn-big5" => GetEncodingOrNull("big5"),
            "utf-16" or "utf-16le" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => Encoding.GetEncoding(1252),
            _ => GetEncodingOrNull(label),
        };
    }

    /// <summary>The charset parameter of a Content-Type header value.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
            return null;
        var index = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
            return null;
        var value = contentType[(index + 8)..];
        var end = value.IndexOf(';');
        return (end >= 0 ? value[..end] : value).Trim().Trim('"');
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> body)
    {
        // A truncated body may end inside a character: ignore an incomplete last sequence.
        var length = body.Length;
        for (var back = 1; back <= 3 && back <= length; back++)
        {
            var b = body[length - back];
            if ((b & 0xC0) != 0x80)
            {
                if (b >= 0xC0)
                    length -= back;
                break;
            }
        }
        return Utf8IsValid(body[..length]);
    }

    private static bool Utf8IsValid(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static Encoding? GetEncodingOrNull(string name)
    {
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    [GeneratedRegex("""<meta[^>]+?charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
