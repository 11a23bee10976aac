using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pucha.Inspection.Tests.Support;

/// <summary>
/// A real HTTP server (Kestrel) on loopback serving a fixed table of responses, and recording every
/// request it received. Unknown paths answer 404.
/// </summary>
public sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes;

    private TestWebServer(WebApplication app, ConcurrentDictionary<string, RequestDelegate> routes, Uri baseUrl)
    {
        _app = app;
        _routes = routes;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int Port => BaseUrl.Port;

    /// <summary>"METHOD path?query" of every request, in arrival order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> RangeHeaders { get; } = new();

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public static async Task<TestWebServer> StartAsync(IPAddress? address = null, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(address ?? IPAddress.Loopback, 0, listen =>
            {
                if (certificate is not null)
                    listen.UseHttps(certificate);
            }));
        var app = builder.Build();
        var routes = new ConcurrentDictionary<string, RequestDelegate>(StringComparer.Ordinal);
        TestWebServer? server = null;
        app.Run(async context =>
        {
            var key = context.Request.Path.Value + context.Request.QueryString.Value;
            server!.Requests.Enqueue($"{context.Request.Method} {key}");
            if (context.Request.Headers.Range.Count > 0)
                server.RangeHeaders.Enqueue(context.Request.Headers.Range.ToString());
            if (routes.TryGetValue(key, out var handler) || routes.TryGetValue(context.Request.Path.Value ?? "/", out handler))
                await handler(context);
            else
                context.Response.StatusCode = 404;
        });
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound.Replace("[::]", "[::1]")).Port;
        var host = (address ?? IPAddress.Loopback).AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"[{address}]" : (address ?? IPAddress.Loopback).ToString();
        server = new TestWebServer(app, routes, new Uri($"{(certificate is null ? "http" : "https")}://{host}:{port}/"));
        return server;
    }

    public TestWebServer Handle(string pathAndQuery, RequestDelegate handler)
    {
        _routes[pathAndQuery] = handler;
        return this;
    }

    public TestWebServer Html(string pathAndQuery, string html, string contentType = "text/html; charset=utf-8") =>
        Bytes(pathAndQuery, Encoding.UTF8.GetBytes(html), contentType);

    public TestWebServer Bytes(string pathAndQuery, byte[] body, string? contentType) =>
        Handle(pathAndQuery, async context =>
        {
            if (contentType is not null)
                context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
                await context.Response.Body.WriteAsync(body);
        });

    public TestWebServer Redirect(string pathAndQuery, string location, int status = 302) =>
        Handle(pathAndQuery, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    public TestWebServer Status(string pathAndQuery, int status) =>
        Handle(pathAndQuery, context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });

    public int CountRequests(string methodAndPath) => Requests.Count(r => r == methodAndPath);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
