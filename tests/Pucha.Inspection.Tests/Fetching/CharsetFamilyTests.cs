using System.Text;
using Pucha.Inspection.Fetching;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Fetching;

/// <summary>
/// Every charset a page can declare decodes, or falls back by detection with a note, and never throws:
/// Windows and ISO code pages, the Chinese ones, UTF-16/32 with and without a byte order mark, unknown labels.
/// </summary>
public sealed class CharsetFamilyTests
{
    private static async Task<FetchResult> FetchAsync(byte[] body, string? contentType)
    {
        await using var server = await TestWebServer.StartAsync();
        server.Bytes("/", body, contentType);
        using var fetcher = TestInspection.Fetcher();
        var result = await fetcher.GetPageAsync(server.Url("/"), CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result;
    }

    private static byte[] Encode(string codePage, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage).GetBytes(text);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("ISO-8859-1")]
    [InlineData("latin1")]
    [InlineData("us-ascii")]
    [InlineData("ascii")]
    [InlineData("windows-1252")]
    [InlineData("cp1252")]
    public async Task Latin_labels_decode_as_windows_1252_whether_in_the_header_or_a_meta(string label)
    {
        const string text = "Société Générale – café";
        var page = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\"><title>t</title></head><body>{text}</body></html>";
        var bytes = Encode("windows-1252", page);

        var byMeta = await FetchAsync(bytes, "text/html");
        var byHeader = await FetchAsync(bytes, $"text/html; charset={label}");

        Assert.Contains(text, byMeta.Html);
        Assert.Contains(text, byHeader.Html);
        Assert.Null(byMeta.CharsetNote);
    }

    [Theory]
    [InlineData("windows-1251", "Правительство")]
    [InlineData("iso-8859-2", "Úřad vlády")]
    [InlineData("iso-8859-5", "Правительство")]
    [InlineData("koi8-r", "Правительство")]
    [InlineData("shift_jis", "政府")]
    [InlineData("euc-kr", "정부")]
    [InlineData("windows-874", "รัฐบาล")]
    public async Task Other_code_pages_decode(string label, string text)
    {
        var page = $"<html><head><meta charset=\"{label}\"></head><body>{text}</body></html>";

        var result = await FetchAsync(Encode(label, page), "text/html");

        Assert.Contains(text, result.Html);
    }

    [Theory]
    [InlineData("gb2312")]
    [InlineData("GBK")]
    [InlineData("gb18030")]
    [InlineData("x-gbk")]
    [InlineData("chinese")]
    [InlineData("csGB2312")]
    public async Task Chinese_labels_decode_as_gb18030(string label)
    {
        const string text = "某某县人民政府 政务公开 𠀀";
        var page = $"<html><head><meta charset=\"{label}\"></head><body>{text}</body></html>";

        var result = await FetchAsync(Encode("GB18030", page), "text/html");

        Assert.Contains(text, result.Html);
    }

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16be", false)]
    [InlineData("utf-32le", true)]
    [InlineData("utf-32le", false)]
    [InlineData("utf-32be", true)]
    [InlineData("utf-32be", false)]
    public async Task Utf16_and_utf32_decode_with_and_without_a_byte_order_mark(string encodingName, bool withMark)
    {
        const string text = "某某县人民政府 通知公告";
        var encoding = encodingName switch
        {
            "utf-16le" => new UnicodeEncoding(false, withMark),
            "utf-16be" => new UnicodeEncoding(true, withMark),
            "utf-32le" => new UTF32Encoding(false, withMark),
            _ => (Encoding)new UTF32Encoding(true, withMark),
        };
        var page = $"<html><head><title>首页</title></head><body>{text}</body></html>";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(page)).ToArray();

        // Undeclared: the mark, or the NUL bytes around the markup, tell the encoding.
        var result = await FetchAsync(bytes, "text/html");

        Assert.Contains(text, result.Html);
        Assert.False(result.Html!.StartsWith('\uFEFF'));
    }

    [Fact]
    public async Task Utf32_declared_in_the_header_decodes()
    {
        var page = "<html><body>某某县人民政府</body></html>";
        var result = await FetchAsync(new UTF32Encoding(false, false).GetBytes(page), "text/html; charset=utf-32");
        Assert.Contains("某某县人民政府", result.Html);
    }

    [Theory]
    [InlineData("text/html; charset=no-such-charset", "", "no-such-charset")]
    [InlineData("text/html", "<meta charset=\"x-unknown-label\">", "x-unknown-label")]
    [InlineData("text/html; charset=utf-7", "", "utf-7")]
    [InlineData("text/html", "<meta charset=\"x-user-defined\">", "x-user-defined")]
    public async Task An_unknown_or_refused_label_falls_back_by_detection_with_a_note(string contentType, string meta, string label)
    {
        const string text = "某某县人民政府 通知公告";
        var page = $"<html><head>{meta}<title>t</title></head><body>{text}</body></html>";

        var utf8 = await FetchAsync(Encoding.UTF8.GetBytes(page), contentType);
        var gbk = await FetchAsync(Encode("GB18030", page), contentType);

        Assert.Contains(text, utf8.Html);
        Assert.Contains(text, gbk.Html);
        Assert.Contains(label, utf8.CharsetNote);
        Assert.Contains("UTF-8", utf8.CharsetNote);
        Assert.Contains("GB18030", gbk.CharsetNote);
    }

    [Fact]
    public void Every_label_in_the_runtime_and_odd_labels_map_without_throwing()
    {
        var labels = Encoding.GetEncodings().Select(e => e.Name)
            .Concat(["", "  ", "\"utf-8\"", "'gbk'", "utf-7", "x-user-defined", "replacement", "ISO-8859-16", "iso-2022-cn", "hz-gb-2312",
                "ibm866", "macintosh", "x-mac-cyrillic", "unknown-8bit", new string('x', 300), "字符集"]);
        foreach (var label in labels)
            _ = CharsetDetector.FromLabel(label);
        Assert.Equal(1252, CharsetDetector.FromLabel("latin1")!.CodePage);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("no-such-charset")]
    public async Task A_homepage_with_any_declared_charset_ends_in_a_report(string label)
    {
        await using var server = await TestWebServer.StartAsync();
        var page = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\"><title>Site</title></head><body><a href=\"/a.html\">a</a></body></html>";
        server.Bytes("/", Encoding.ASCII.GetBytes(page), $"text/html; charset={label}")
            .Html("/a.html", "<html><body>a</body></html>");

        var outcome = await Inspector.RunAsync(TestInspection.Options(server.Url("/")));

        Assert.True(outcome.HomepageReached);
        Assert.Equal(1, server.CountRequests("GET /a.html"));
        if (label == "no-such-charset")
            Assert.Contains(outcome.Report.Notes, n => n.Contains("无法识别", StringComparison.Ordinal) && n.Contains(label, StringComparison.Ordinal));
    }
}
