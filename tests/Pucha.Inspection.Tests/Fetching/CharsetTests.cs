using System.Text;
using Pucha.Inspection.Fetching;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Fetching;

/// <summary>Every encoding Chinese government sites use decodes right, over a real HTTP server.</summary>
public sealed class CharsetTests
{
    private const string Text = "某某县人民政府 通知公告 政务公开";

    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string head = "") => $"<html><head>{head}<title>首页</title></head><body><p>{Text}</p></body></html>";

    private static async Task<string> FetchAsync(byte[] body, string? contentType)
    {
        await using var server = await TestWebServer.StartAsync();
        server.Bytes("/", body, contentType);
        using var fetcher = TestInspection.Fetcher();
        var result = await fetcher.GetPageAsync(server.Url("/"), CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.True(result.IsHtml);
        return result.Html!;
    }

    [Fact]
    public async Task Gbk_declared_only_in_the_header()
    {
        var html = await FetchAsync(Encoding.GetEncoding("GBK").GetBytes(Page()), "text/html; charset=GBK");
        Assert.Contains(Text, html);
    }

    [Fact]
    public async Task Gb2312_declared_only_in_a_meta_tag()
    {
        var page = Page("""<meta http-equiv="Content-Type" content="text/html; charset=gb2312">""");
        var html = await FetchAsync(Encoding.GetEncoding("GB2312").GetBytes(page), "text/html");
        Assert.Contains(Text, html);
    }

    [Fact]
    public async Task Gb18030_four_byte_characters()
    {
        // U+20000 (𠀀) and U+3400 (㐀) need GB18030's four-byte sequences.
        const string rare = "𠀀㐀䶵";
        var page = Page("""<meta charset="gb18030">""").Replace(Text, Text + rare);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(page);
        var html = await FetchAsync(bytes, "text/html");
        Assert.Contains(Text + rare, html);
    }

    [Fact]
    public async Task Big5_traditional_characters()
    {
        const string traditional = "臺灣省政府 資訊公開 縣長";
        var page = Page("""<meta charset="big5">""").Replace(Text, traditional);
        var html = await FetchAsync(Encoding.GetEncoding("big5").GetBytes(page), "text/html");
        Assert.Contains(traditional, html);
    }

    [Fact]
    public async Task Utf16_with_byte_order_mark_beats_a_wrong_header()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page())).ToArray();
        var html = await FetchAsync(bytes, "text/html; charset=gbk");
        Assert.Contains(Text, html);
        Assert.False(html.StartsWith('\uFEFF'));
    }

    [Fact]
    public async Task Utf8_with_byte_order_mark_beats_a_wrong_meta()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page("""<meta charset="gbk">"""))).ToArray();
        var html = await FetchAsync(bytes, "text/html");
        Assert.Contains(Text, html);
        Assert.False(html.StartsWith('\uFEFF'));
    }

    [Fact]
    public async Task Undeclared_gbk_is_recognised_because_it_is_not_utf8()
    {
        var html = await FetchAsync(Encoding.GetEncoding("GBK").GetBytes(Page()), "text/html");
        Assert.Contains(Text, html);
    }

    [Fact]
    public async Task Undeclared_utf8_stays_utf8()
    {
        var html = await FetchAsync(Encoding.UTF8.GetBytes(Page()), "text/html");
        Assert.Contains(Text, html);
    }

    [Theory]
    [InlineData("text/html; charset=\"GB2312\"", "GB2312")]
    [InlineData("text/html;charset=utf-8", "utf-8")]
    [InlineData("text/html", null)]
    public void Charset_parameter_of_the_content_type(string contentType, string? expected) =>
        Assert.Equal(expected, CharsetDetector.CharsetOf(contentType));
}
