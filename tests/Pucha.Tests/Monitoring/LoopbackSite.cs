using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Monitoring;

/// <summary>A homepage on loopback that counts its visits; "/down" answers 503; paths under "/slow/" answer after a second.</summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _visits;

    private LoopbackSite(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public int Visits => Volatile.Read(ref _visits);

    public static async Task<LoopbackSite> StartAsync()
    {
        var app = LoopbackApp.Create();
        var site = new LoopbackSite(app);
        app.MapGet("/{**path}", async (string? path) =>
        {
            Interlocked.Increment(ref site._visits);
            if (path?.StartsWith("slow/", StringComparison.Ordinal) == true)
                await Task.Delay(TimeSpan.FromSeconds(1));
            return path == "down"
                ? Results.StatusCode(503)
                : Results.Content("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某某县人民政府</title></head><body>首页</body></html>", "text/html; charset=utf-8");
        });
        site.BaseUrl = await LoopbackApp.StartAsync(app);
        return site;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
