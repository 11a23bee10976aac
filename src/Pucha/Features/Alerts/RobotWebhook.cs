using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Pucha.Core.Alerts;
using Pucha.Inspection.Fetching;

namespace Pucha.Features.Alerts;

/// <summary>
/// Posts alerts to 企业微信 and 钉钉 group robots in their markdown formats:
/// 企业微信 <c>{"msgtype":"markdown","markdown":{"content":…}}</c>;
/// 钉钉 <c>{"msgtype":"markdown","markdown":{"title":…,"text":…}}</c>, with <c>timestamp</c> and
/// <c>sign</c> (HMAC-SHA256 of "timestamp\nsecret" keyed by the secret, Base64, URL-encoded) added to
/// the query when a 加签 secret is set. Both robots answer <c>{"errcode":0,"errmsg":"ok"}</c>; any other
/// errcode, a non-2xx status, a time-out or a refused address is a failure with a readable reason.
/// Connections go through the network guard (no redirects followed), each request bounded in time
/// and its answer in size.
/// </summary>
public sealed class RobotWebhook : IDisposable
{
    /// <summary>企业微信's limit on markdown content (bytes of UTF-8); 钉钉 takes more, the same bound is used.</summary>
    public const int MaxContentBytes = 4096;

    private const int MaxAnswerBytes = 16 * 1024;

    // Chinese as itself, not \uXXXX: half the bytes against the robots' size limits. HTML-significant characters stay escaped.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly HttpClient _http;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _clock;

    public RobotWebhook(AlertOptions options, TimeProvider clock)
    {
        _clock = clock;
        _timeout = TimeSpan.FromSeconds(options.WebhookTimeoutSeconds);
        var connector = new GuardedConnector(new NetworkGuard(options.AllowedWebhookNetworks()), HostResolver.System);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            ConnectTimeout = _timeout,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            ConnectCallback = connector.ConnectAsync,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The JSON body a robot receives.</summary>
    public static string Payload(AlertChannel channel, string title, string markdown)
    {
        var content = BoundUtf8(markdown, MaxContentBytes);
        JsonObject message = channel switch
        {
            AlertChannel.WeCom => new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = content } },
            AlertChannel.DingTalk => new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["title"] = BoundUtf8(title, 200), ["text"] = content } },
            _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "不是机器人渠道。"),
        };
        return message.ToJsonString(JsonOptions);
    }

    /// <summary>钉钉 加签: the URL with <c>timestamp</c> and <c>sign</c> appended.</summary>
    public static Uri SignedDingTalkUrl(Uri url, string secret, long timestampMs)
    {
        var timestamp = timestampMs.ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "\n" + secret));
        var sign = Uri.EscapeDataString(Convert.ToBase64String(signature));
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        return new Uri(url.AbsoluteUri + separator + "timestamp=" + timestamp + "&sign=" + sign);
    }

    /// <summary>Posts one message; throws <see cref="WebhookDeliveryException"/> with the reason when it is not accepted.</summary>
    public async Task SendAsync(AlertChannel channel, string webhookUrl, string? secret, string title, string markdown, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(webhookUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new WebhookDeliveryException("Webhook 地址无效");
        if (channel == AlertChannel.DingTalk && !string.IsNullOrEmpty(secret))
            url = SignedDingTalkUrl(url, secret, _clock.GetUtcNow().ToUnixTimeMilliseconds());

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(Payload(channel, title, markdown), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var answer = await ReadBoundedAsync(response.Content, timeout.Token);
            if (!response.IsSuccessStatusCode)
                throw new WebhookDeliveryException($"HTTP {(int)response.StatusCode}：{Clip(answer)}");
            if (ErrorOf(answer) is { } error)
                throw new WebhookDeliveryException($"机器人返回错误：{error}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WebhookDeliveryException($"Webhook 超时（{_timeout.TotalSeconds:0} 秒）");
        }
        catch (HttpRequestException e)
        {
            var reason = e.InnerException is NetworkRefusedException refused ? refused.Message : e.Message;
            throw new WebhookDeliveryException($"Webhook 连接失败：{Clip(reason)}");
        }
        catch (NetworkRefusedException e)
        {
            throw new WebhookDeliveryException($"Webhook 地址不允许访问：{Clip(e.Message)}");
        }
    }

    public void Dispose() => _http.Dispose();

    // errcode 0 (or an answer without errcode) is success; anything else names the robot's reason.
    private static string? ErrorOf(string answer)
    {
        try
        {
            if (JsonNode.Parse(answer) is JsonObject json && json["errcode"] is JsonValue code && code.TryGetValue<long>(out var errcode) && errcode != 0)
                return Clip($"{errcode} {json["errmsg"]?.ToString()}");
            return null;
        }
        catch (JsonException)
        {
            return null; // a 2xx answer that is not JSON: the robot took it
        }
    }

    private static async Task<string> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxAnswerBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
            total += read;
        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static string BoundUtf8(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
            return text;
        // Whole characters (surrogate pairs kept together) up to the limit, with room for the ellipsis.
        var bytes = 0;
        var end = 0;
        while (end < text.Length)
        {
            var width = char.IsSurrogatePair(text, end) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(end, width));
            if (bytes + size > maxBytes - 3)
                break;
            bytes += size;
            end += width;
        }

        return text[..end] + "…";
    }

    private static string Clip(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 200 ? line : line[..200];
    }
}
