using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Pucha.Tests.Infrastructure;

/// <summary>
/// A browser-like HTTP client of the platform: keeps cookies, does not follow redirects (tests look at
/// them), and submits forms the way a browser does, anti-forgery token included.
/// </summary>
public sealed partial class PlatformClient : IDisposable
{
    private readonly HttpClient _http;

    public PlatformClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public CookieContainer Cookies { get; }
    public HttpClient Http => _http;

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} → {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs the page holding the form, then POSTs the fields with that page's anti-forgery token.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pagePath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var page = await GetPageAsync(pagePath);
        var token = AntiforgeryToken(page) ?? throw new InvalidOperationException($"no anti-forgery token on {pagePath}");
        var body = fields.Append(new("__RequestVerificationToken", token));
        return await _http.PostAsync(postPath ?? pagePath, new FormUrlEncodedContent(body));
    }

    public Task<HttpResponseMessage> PostFormWithoutTokenAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        _http.PostAsync(path, new FormUrlEncodedContent(fields));

    public Task<HttpResponseMessage> GetJsonAsync(string path) => _http.GetAsync(path);
    public Task<HttpResponseMessage> PostJsonAsync<T>(string path, T body) => _http.PostAsJsonAsync(path, body);
    public Task<HttpResponseMessage> PutJsonAsync<T>(string path, T body) => _http.PutAsJsonAsync(path, body);

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password)
    {
        var response = await SubmitFormAsync("/Account/Login", [new("UserName", userName), new("Password", password)]);
        return response;
    }

    public static string? AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => _http.Dispose();
}
