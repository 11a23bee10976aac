using System.Text;
using System.Text.RegularExpressions;

namespace Pucha.Inspection.Fetching;

/// <summary>
/// Finds a body's character encoding the way a browser does: byte order mark, then the
/// Content-Type header, then a &lt;meta&gt; in the first bytes; without any, UTF-8 when the bytes
/// are valid UTF-8 and GB18030 otherwise (Chinese sites that declare nothing are almost always GBK).
/// A label that names no encoding this runtime has (a typo, "utf-7", "x-user-defined"…) never throws:
/// the encoding is then found by detection and the fallback is said (<see cref="Detect(ReadOnlySpan{byte}, string?, out int, out string?)"/>).
/// </summary>
internal static partial class CharsetDetector
{
    private const int MetaScanBytes = 4096;

    // The code pages (GBK, Big5, windows-1252, the ISO-8859 and KOI8 families…) are registered before any
    // label is looked up, whichever member is used first: an explicit static constructor runs before any.
    static CharsetDetector()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding("GB18030");
        Windows1252 = Encoding.GetEncoding(1252);
    }

    public static Encoding Gb18030 { get; }

    private static Encoding Windows1252 { get; }

    /// <summary>Detects the encoding; <paramref name="bomLength"/> is how many leading bytes to skip.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> body, string? headerCharset, out int bomLength) =>
        Detect(body, headerCharset, out bomLength, out _);

    /// <summary>
    /// Detects the encoding; <paramref name="note"/> says, in Chinese, when a declared label was not usable
    /// and the encoding was found by detection instead (null otherwise).
    /// </summary>
    public static Encoding Detect(ReadOnlySpan<byte> body, string? headerCharset, out int bomLength, out string? note)
    {
        bomLength = 0;
        note = null;
        // UTF-32 LE's mark begins with UTF-16 LE's: test it first.
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) { bomLength = 4; return Encoding.UTF32; }
        if (body.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) { bomLength = 4; return Utf32BigEndian; }
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { bomLength = 3; return Encoding.UTF8; }
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { bomLength = 2; return Encoding.Unicode; }
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { bomLength = 2; return Encoding.BigEndianUnicode; }

        string? unusable = null;
        if (!string.IsNullOrWhiteSpace(headerCharset))
        {
            if (FromLabel(headerCharset) is { } fromHeader)
                return fromHeader;
            unusable = headerCharset.Trim();
        }

        // Without a mark, UTF-16/32 shows as NUL bytes beside the ASCII of the markup.
        if (WideUnicodeByPattern(body) is { } wide)
            return wide;

        var prefix = Encoding.Latin1.GetString(body[..Math.Min(body.Length, MetaScanBytes)]);
        var match = MetaCharset().Match(prefix);
        if (match.Success)
        {
            if (FromLabel(match.Groups["cs"].Value) is { } fromMeta)
            {
                // A page cannot be UTF-16/32 if its meta was readable as ASCII (HTML standard rule).
                return fromMeta is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : fromMeta;
            }
            unusable ??= match.Groups["cs"].Value;
        }

        var detected = IsValidUtf8(body) ? Encoding.UTF8 : Gb18030;
        if (unusable is not null)
            note = $"页面声明的字符编码“{Shorten(unusable)}”无法识别，已按内容判断为{detected.WebName.ToUpperInvariant()}";
        return detected;
    }

    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    /// <summary>Maps a charset label to an encoding; null when it names none. GBK and GB2312 decode as their superset GB18030.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return null;
        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        return label switch
        {
            "utf-8" or "utf8" or "unicode-1-1-utf-8" or "unicode11utf8" or "unicode20utf8" or "x-unicode20utf8" => Encoding.UTF8,
            "gb2312" or "gbk" or "x-gbk" or "gb18030" or "cp936" or "euc-cn" or "gb_2312-80" or "gb_2312" or "chinese" or
                "csgb2312" or "csiso58gb231280" or "iso-ir-58" or "windows-936" or "ms936" => Gb18030,
            "big5" or "big5-hkscs" or "x-x-big5" or "cn-big5" or "csbig5" => GetEncodingOrNull("big5"),
            "utf-16" or "utf-16le" or "unicode" or "ucs-2" or "csunicode" or "iso-10646-ucs-2" or "unicodefeff" => Encoding.Unicode,
            "utf-16be" or "unicodefffe" => Encoding.BigEndianUnicode,
            "utf-32" or "utf-32le" => Encoding.UTF32,
            "utf-32be" => Utf32BigEndian,
            // The HTML standard decodes all of these as windows-1252 (its superset).
            "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "ansi_x3.4-1968" or
                "cp1252" or "x-cp1252" or "windows-1252" or "cp819" or "ibm819" or "iso-ir-100" or "csisolatin1" => Windows1252,
            // Encodings a browser does not decode: detection decides (UTF-7 would let text hide markup).
            "utf-7" or "utf7" or "x-user-defined" or "replacement" => null,
            _ => GetEncodingOrNull(label),
        };
    }

    /// <summary>UTF-16/32 without a byte order mark, recognised by where the NUL bytes fall around the first '&lt;'.</summary>
    private static Encoding? WideUnicodeByPattern(ReadOnlySpan<byte> body)
    {
        if (body.Length < 4)
            return null;
        if (body[0] == (byte)'<' && body[1] == 0 && body[2] == 0 && body[3] == 0) return Encoding.UTF32;
        if (body[0] == 0 && body[1] == 0 && body[2] == 0 && body[3] == (byte)'<') return Utf32BigEndian;
        if (body[0] == (byte)'<' && body[1] == 0 && body[2] != 0 && body[3] == 0) return Encoding.Unicode;
        if (body[0] == 0 && body[1] == (byte)'<' && body[2] == 0 && body[3] != 0) return Encoding.BigEndianUnicode;
        return null;
    }

    private static string Shorten(string label) => label.Length <= 40 ? label : label[..40] + "…";

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
        // ArgumentException: no such label; NotSupportedException: a label known without its data.
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
    }

    [GeneratedRegex("""<meta[^>]+?charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
