using System.Text;
using System.Text.Json;
using Pucha.Features.Alerts;
using Pucha.Core.Alerts;

namespace Pucha.Tests.Alerts;

public sealed class RobotPayloadTests
{
    [Fact]
    public void The_robots_get_their_exact_markdown_formats()
    {
        Assert.Equal("""{"msgtype":"markdown","markdown":{"content":"### 网站无法访问"}}""",
            RobotWebhook.Payload(AlertChannel.WeCom, "【网站无法访问】某网站", "### 网站无法访问"));
        Assert.Equal("""{"msgtype":"markdown","markdown":{"title":"【网站无法访问】某网站","text":"### 网站无法访问"}}""",
            RobotWebhook.Payload(AlertChannel.DingTalk, "【网站无法访问】某网站", "### 网站无法访问"));
    }

    [Fact]
    public void Content_is_cut_to_the_robots_size_limit_on_a_character_boundary()
    {
        var payload = RobotWebhook.Payload(AlertChannel.WeCom, "t", new string('政', 3000));
        var content = JsonDocument.Parse(payload).RootElement.GetProperty("markdown").GetProperty("content").GetString()!;
        Assert.True(Encoding.UTF8.GetByteCount(content) <= RobotWebhook.MaxContentBytes);
        Assert.EndsWith("政…", content);
    }

    [Fact]
    public void The_dingtalk_signature_is_added_to_the_query()
    {
        var url = RobotWebhook.SignedDingTalkUrl(new Uri("https://robot.example/robot/send?access_token=abc"), "SECsecret", 1_700_000_000_000);
        Assert.StartsWith("https://robot.example/robot/send?access_token=abc&timestamp=1700000000000&sign=", url.AbsoluteUri);
        var sign = Uri.UnescapeDataString(url.Query[(url.Query.IndexOf("sign=", StringComparison.Ordinal) + 5)..]);
        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
            Encoding.UTF8.GetBytes("SECsecret"), Encoding.UTF8.GetBytes("1700000000000\nSECsecret")));
        Assert.Equal(expected, sign);
    }

    [Fact]
    public void Crawled_and_registry_text_cannot_shape_the_message()
    {
        var escaped = MarkdownText.Escape("恶意[点击](http://evil.example)\n# 标题 <font color=\"red\">*</font>", 200);
        Assert.DoesNotContain('\n', escaped);
        Assert.Equal(@"恶意\[点击\]\(http://evil.example\) \# 标题 \<font color=""red""\>\*\</font\>", escaped);
        Assert.Equal("恶意[点击](http://evil.example) # 标题 <font color=\"red\">*</font>", MarkdownText.ToPlain(escaped));
        Assert.Equal("一二三…", MarkdownText.Escape("一二三四五", 3));
    }
}
