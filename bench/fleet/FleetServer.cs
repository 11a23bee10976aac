using System.Net;
using System.Text;

namespace Pucha.Bench.Fleet;

/// <summary>
/// One Kestrel server on 127.0.0.1 that answers for every site of the fleet, told apart by the Host
/// header (<c>s{id}.fleet.localhost</c>). What a visit gets is planned from the site id and the
/// minute, so failures move around the fleet: 2 % answer 503, 0.5 % hang past the 15 s rule,
/// 2 % answer after 3 s; the rest get a 48 KB homepage at once.
/// </summary>
public sealed class FleetServer : IAsyncDisposable
{
    public const string HostSuffix = ".fleet.localhost";
    public static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);

    private readonly WebApplication _app;
    private static readonly byte[] Homepage = BuildHomepage();

    private FleetServer(WebApplication app) => _app = app;

    public int Port { get; private set; }

    public static async Task<FleetServer> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Limits.MaxConcurrentConnections = 10_000;
        });
        var app = builder.Build();
        app.Run(AnswerAsync);
        var server = new FleetServer(app);
        await app.StartAsync();
        server.Port = new Uri(app.Urls.First()).Port;
        return server;
    }

    public static string HomepageUrl(int siteId, int port) => $"http://s{siteId}{HostSuffix}:{port}/";

    /// <summary>What the site answers in the given minute (a pure function: the report recomputes it).</summary>
    public static PlannedAnswer Plan(int siteId, long unixMinute)
    {
        var roll = Mix((uint)siteId * 2_654_435_761u ^ (uint)unixMinute) % 1000;
        return roll switch
        {
            < 20 => PlannedAnswer.Unavailable,
            < 25 => PlannedAnswer.Hang,
            < 45 => PlannedAnswer.Slow,
            _ => PlannedAnswer.Ok,
        };
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        if (!host.StartsWith('s') || !host.EndsWith(HostSuffix, StringComparison.Ordinal)
            || !int.TryParse(host.AsSpan(1, host.Length - 1 - HostSuffix.Length), out var siteId))
        {
            context.Response.StatusCode = 404;
            return;
        }

        switch (Plan(siteId, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60))
        {
            case PlannedAnswer.Unavailable:
                context.Response.StatusCode = 503;
                return;
            case PlannedAnswer.Hang:
                await Delay(Hang, context.RequestAborted);
                break;
            case PlannedAnswer.Slow:
                await Delay(SlowAnswer, context.RequestAborted);
                break;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = Homepage.Length;
        await context.Response.Body.WriteAsync(Homepage, context.RequestAborted);
    }

    private static async Task Delay(TimeSpan delay, CancellationToken aborted)
    {
        try
        {
            await Task.Delay(delay, aborted);
        }
        catch (OperationCanceledException)
        {
            // the prober gave up (15 s rule): nothing to answer
        }
    }

    private static byte[] BuildHomepage()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某某市人民政府门户网站</title></head><body><ul>");
        for (var i = 0; html.Length < 16_000; i++)
            html.Append("<li><a href=\"/xxgk/").Append(i).Append(".html\">关于进一步做好政府网站监管工作的通知</a><span>2026-11-").Append(1 + i % 20).Append("</span></li>");
        html.Append("</ul></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString()); // ~48 KB of UTF-8 (mostly 3-byte characters)
    }

    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x85EBCA6B;
        x ^= x >> 13;
        x *= 0xC2B2AE35;
        x ^= x >> 16;
        return x;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public enum PlannedAnswer { Ok, Slow, Hang, Unavailable }
