using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Monitoring;

/// <summary>
/// A government site on loopback whose pages the test sets and changes: path → HTML; a path not set
/// answers 404. Counts requests per path.
/// </summary>
public sealed class LoopbackPortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    private LoopbackPortal(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public void Set(string path, string html) => _pages[path] = html;

    public void Remove(string path) => _pages.TryRemove(path, out _);

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>A list page as the sites print them: items with [date] beside the link.</summary>
    public static string ListPage(string title, params (string Href, string Title, string? Date)[] items) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><div class=\"list\"><ul>"
        + string.Concat(items.Select(i => $"<li><a href=\"{i.Href}\">{i.Title}</a>{(i.Date is null ? "" : $"<span>{i.Date}</span>")}</li>"))
        + "</ul></div></body></html>";

    public static async Task<LoopbackPortal> StartAsync()
    {
        var app = LoopbackApp.Create();
        var portal = new LoopbackPortal(app);
        app.MapGet("/{**path}", (HttpContext http) =>
        {
            var path = http.Request.Path.Value ?? "/";
            portal._hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            return portal._pages.TryGetValue(path, out var html)
                ? Results.Content(html, "text/html; charset=utf-8")
                : Results.NotFound();
        });
        portal.BaseUrl = await LoopbackApp.StartAsync(app);
        return portal;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
