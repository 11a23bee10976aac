using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Alerts;

/// <summary>
/// A group robot on loopback (Kestrel): records every POST (path, query, body) and answers like
/// 企业微信/钉钉 — <c>{"errcode":0,"errmsg":"ok"}</c> — unless told to fail or to stall.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _received = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public sealed record Received(string Path, IQueryCollection Query, string Body);

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<Received> Requests => _received.ToList();

    /// <summary>When set, answers with this status and body instead of success.</summary>
    public (int Status, string Body)? Failure { get; set; }

    /// <summary>When set, waits this long before answering (to test time-outs).</summary>
    public TimeSpan? Stall { get; set; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var app = LoopbackApp.Create();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver._received.Enqueue(new Received(http.Request.Path.Value ?? "", http.Request.Query, body));
            if (receiver.Stall is { } stall)
                await Task.Delay(stall, http.RequestAborted);
            return receiver.Failure is { } failure
                ? Results.Content(failure.Body, "application/json", statusCode: failure.Status)
                : Results.Content("{\"errcode\":0,\"errmsg\":\"ok\"}", "application/json");
        });
        receiver.BaseUrl = await LoopbackApp.StartAsync(app);
        return receiver;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
