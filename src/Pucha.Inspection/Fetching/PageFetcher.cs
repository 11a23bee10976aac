using System.Buffers;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Polly;
using Polly.Retry;

namespace Pucha.Inspection.Fetching;

/// <summary>
/// Visits URLs over one pooled, keep-alive HTTP client whose every connection passes the
/// <see cref="NetworkGuard"/>. Redirects are followed by hand so each hop is checked and recorded;
/// bodies are read into pooled buffers up to a limit and decoded with the detected charset.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue[] AcceptHtml =
    [
        new("text/html"), new("application/xhtml+xml"), new("*/*", 0.8),
    ];

    private readonly HttpClient _http;
    private readonly FetchOptions _options;
    private readonly ResiliencePipeline _retryOnReset;

    public PageFetcher(FetchOptions options, GuardedConnector connector, TlsObserver tls)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            UseProxy = false,
            MaxConnectionsPerServer = options.MaxConnectionsPerHost,
            ConnectTimeout = options.Timeout,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            ConnectCallback = connector.ConnectAsync,
            SslOptions = { RemoteCertificateValidationCallback = tls.Validate },
        };
        _http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _retryOnReset = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.RetriesOnReset),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>(IsConnectionReset),
            })
            .Build();
        if (options.RetriesOnReset <= 0)
            _retryOnReset = ResiliencePipeline.Empty;
    }

    public FetchOptions Options => _options;

    /// <summary>GETs a page; the body is read and decoded only when it is HTML.</summary>
    /// <param name="followRedirect">When given, a redirect to an http(s) address it refuses is not followed (--no-external):
    /// the result is the redirect itself (<see cref="FetchResult.RedirectNotFollowed"/>).</param>
    public Task<FetchResult> GetPageAsync(Uri url, CancellationToken cancellationToken, Func<Uri, bool>? followRedirect = null) =>
        VisitAsync(url, readBody: true, headFirst: false, cancellationToken, followRedirect: followRedirect);

    /// <summary>GETs anything (for the renderer): the body's bytes, up to the limit, into <see cref="FetchResult.RawBody"/>.</summary>
    public Task<FetchResult> GetBytesAsync(Uri url, CancellationToken cancellationToken) =>
        VisitAsync(url, readBody: true, headFirst: false, cancellationToken, raw: true);

    /// <summary>GETs a text resource (robots.txt): the body is decoded whatever its type, into <see cref="FetchResult.Html"/>.</summary>
    public Task<FetchResult> GetTextAsync(Uri url, CancellationToken cancellationToken, Func<Uri, bool>? followRedirect = null) =>
        VisitAsync(url, readBody: true, headFirst: false, cancellationToken, anyText: true, followRedirect: followRedirect);

    /// <summary>
    /// Submits a form by POST (application/x-www-form-urlencoded) and reads the answer like a page.
    /// A 301/302/303 answer is followed with GET, as browsers do; 307/308 repeat the POST.
    /// </summary>
    public Task<FetchResult> PostFormAsync(Uri url, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return VisitAsync(url, readBody: true, headFirst: false, cancellationToken, form: fields);
    }

    /// <summary>
    /// Checks a resource without downloading it: HEAD, falling back to a one-byte ranged GET when
    /// the server refuses HEAD.
    /// </summary>
    public Task<FetchResult> CheckResourceAsync(Uri url, CancellationToken cancellationToken, Func<Uri, bool>? followRedirect = null) =>
        VisitAsync(url, readBody: false, headFirst: true, cancellationToken, followRedirect: followRedirect);

    private async Task<FetchResult> VisitAsync(Uri url, bool readBody, bool headFirst, CancellationToken cancellationToken, bool anyText = false, bool raw = false,
        IReadOnlyList<KeyValuePair<string, string>>? form = null, Func<Uri, bool>? followRedirect = null)
    {
        var clock = Stopwatch.StartNew();
        var hops = new List<RedirectHop>(0);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var current = url;
        try
        {
            while (true)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    var message = hops.Count > 0 ? $"重定向到不支持的协议（{current.Scheme}）：{current.AbsoluteUri}" : $"不支持的协议：{current.Scheme}";
                    return Failed(url, current, hops, clock, new(FetchFailureKind.UnsupportedScheme, message), hops.Count > 0 ? hops[^1].Status : null);
                }

                using var response = form is null
                    ? await SendAsync(current, headFirst, timeout.Token).ConfigureAwait(false)
                    : await SendOnceAsync(current, HttpMethod.Post, ranged: false, timeout.Token, form).ConfigureAwait(false);
                var status = (int)response.StatusCode;

                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (!Uri.TryCreate(current, location, out var next))
                        return Failed(url, current, hops, clock, new(FetchFailureKind.BadRedirect, $"重定向地址无效：{location}"), status);
                    hops.Add(new RedirectHop(current, status, next));
                    if (hops.Count > _options.MaxRedirects)
                        return Failed(url, next, hops, clock, new(FetchFailureKind.TooManyRedirects, $"重定向超过{_options.MaxRedirects}次"), status);
                    if (next.Equals(url) || hops.Exists(h => h.From.Equals(next)))
                        return Failed(url, next, hops, clock, new(FetchFailureKind.RedirectLoop, $"重定向循环：{next}"), status);
                    if (followRedirect is not null && (next.Scheme == Uri.UriSchemeHttp || next.Scheme == Uri.UriSchemeHttps) && !followRedirect(next))
                    {
                        return new FetchResult
                        {
                            Url = url, FinalUrl = next, Status = status, Redirects = hops, RedirectNotFollowed = true,
                            ElapsedMs = clock.Elapsed.TotalMilliseconds,
                        };
                    }
                    current = next;
                    if (status is not (307 or 308))
                        form = null;
                    continue;
                }

                var contentType = response.Content.Headers.ContentType?.ToString();
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (status >= 400)
                {
                    return new FetchResult
                    {
                        Url = url, FinalUrl = current, Status = status, Redirects = hops, ContentType = contentType,
                        Failure = new(FetchFailureKind.HttpStatus, $"HTTP {status}"), ElapsedMs = clock.Elapsed.TotalMilliseconds,
                    };
                }

                var isHtml = IsHtmlMediaType(mediaType);
                if (raw)
                {
                    var (body, truncatedRaw) = await ReadBytesAsync(response, timeout.Token).ConfigureAwait(false);
                    return new FetchResult
                    {
                        Url = url, FinalUrl = current, Status = status, Redirects = hops, ContentType = contentType, IsHtml = isHtml,
                        RawBody = body, Bytes = body.Length, Truncated = truncatedRaw, ElapsedMs = clock.Elapsed.TotalMilliseconds,
                    };
                }
                string? html = null;
                string? charsetNote = null;
                long bytes = response.Content.Headers.ContentLength ?? 0;
                var truncated = false;
                if (readBody && (isHtml || mediaType is null || anyText))
                {
                    (html, bytes, truncated, var looksHtml, charsetNote) = await ReadTextAsync(response, sniff: mediaType is null && !anyText, timeout.Token).ConfigureAwait(false);
                    isHtml = isHtml || (mediaType is null && looksHtml);
                }
                return new FetchResult
                {
                    Url = url, FinalUrl = current, Status = status, Redirects = hops, ContentType = contentType,
                    IsHtml = isHtml, Html = html, Bytes = bytes, Truncated = truncated, ElapsedMs = clock.Elapsed.TotalMilliseconds,
                    CharsetNote = charsetNote,
                };
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(url, current, hops, clock, new(FetchFailureKind.Timeout, $"访问超时（超过{_options.Timeout.TotalSeconds:0.#}秒）"));
        }
        catch (HttpRequestException e)
        {
            return Failed(url, current, hops, clock, Describe(e));
        }
        catch (IOException e)
        {
            return Failed(url, current, hops, clock, new(FetchFailureKind.Connection, $"连接中断：{e.Message}"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else a hostile server or address provokes is a failed visit, not a failed inspection.
            return Failed(url, current, hops, clock, new(FetchFailureKind.Connection, $"访问出错：{e.GetType().Name}：{e.Message.Split('\n')[0]}"));
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, bool headFirst, CancellationToken token)
    {
        if (!headFirst)
            return await SendOnceAsync(url, HttpMethod.Get, ranged: false, token).ConfigureAwait(false);

        var head = await SendOnceAsync(url, HttpMethod.Head, ranged: false, token).ConfigureAwait(false);
        if ((int)head.StatusCode is not (400 or 403 or 405 or 501))
            return head;
        head.Dispose();
        return await SendOnceAsync(url, HttpMethod.Get, ranged: true, token).ConfigureAwait(false);
    }

    private ValueTask<HttpResponseMessage> SendOnceAsync(Uri url, HttpMethod method, bool ranged, CancellationToken token,
        IReadOnlyList<KeyValuePair<string, string>>? form = null) =>
        _retryOnReset.ExecuteAsync(static async (state, ct) =>
        {
            using var request = new HttpRequestMessage(state.method, state.url);
            foreach (var accept in AcceptHtml)
                request.Headers.Accept.Add(accept);
            if (state.ranged)
                request.Headers.Range = new RangeHeaderValue(0, 0);
            // A new body per attempt: a retry after a reset sends the form again.
            if (state.form is not null)
                request.Content = new FormUrlEncodedContent(state.form);
            return await state.http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        }, (http: _http, url, method, ranged, form), token);

    private async Task<(string? Html, long Bytes, bool Truncated, bool IsHtml, string? CharsetNote)> ReadTextAsync(
        HttpResponseMessage response, bool sniff, CancellationToken token)
    {
        var limit = (int)Math.Min(_options.MaxBodyBytes, Array.MaxLength);
        var declared = response.Content.Headers.ContentLength;
        var initial = (int)Math.Clamp(declared ?? 64 * 1024, 4 * 1024, Math.Min(limit, 1024 * 1024));
        var buffer = ArrayPool<byte>.Shared.Rent(initial);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            var count = 0;
            var truncated = false;
            while (true)
            {
                if (count == buffer.Length)
                {
                    if (count >= limit)
                    {
                        var probe = new byte[1];
                        truncated = await stream.ReadAsync(probe, token).ConfigureAwait(false) > 0;
                        break;
                    }
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit));
                    buffer.AsSpan(0, count).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var room = Math.Min(buffer.Length, limit) - count;
                if (room <= 0)
                {
                    var probe = new byte[1];
                    truncated = await stream.ReadAsync(probe, token).ConfigureAwait(false) > 0;
                    break;
                }
                var read = await stream.ReadAsync(buffer.AsMemory(count, room), token).ConfigureAwait(false);
                if (read == 0)
                    break;
                count += read;
            }

            var body = buffer.AsSpan(0, count);
            if (sniff && !LooksLikeHtml(body))
                return (null, count, truncated, false, null);
            var encoding = CharsetDetector.Detect(body, CharsetDetector.CharsetOf(response.Content.Headers.ContentType?.ToString()), out var bom, out var note);
            return (encoding.GetString(body[bom..]), count, truncated, true, note);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<(byte[] Body, bool Truncated)> ReadBytesAsync(HttpResponseMessage response, CancellationToken token)
    {
        var limit = (int)Math.Min(_options.MaxBodyBytes, Array.MaxLength);
        await using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - body.Length + 1)), token).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > limit)
                {
                    body.Write(buffer, 0, (int)(limit - body.Length));
                    return (body.ToArray(), true);
                }
                body.Write(buffer, 0, read);
            }
            return (body.ToArray(), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsHtmlMediaType(string? mediaType) =>
        mediaType is not null &&
        (mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) ||
         mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));

    private static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var start = body[..Math.Min(body.Length, 512)];
        return start.IndexOf("<html"u8) >= 0 || start.IndexOf("<HTML"u8) >= 0 ||
               start.IndexOf("<!DOCTYPE"u8) >= 0 || start.IndexOf("<!doctype"u8) >= 0;
    }

    private static FetchResult Failed(Uri url, Uri current, List<RedirectHop> hops, Stopwatch clock, FetchFailure failure, int? status = null) =>
        new()
        {
            Url = url, FinalUrl = current, Status = status, Redirects = hops, Failure = failure,
            ElapsedMs = clock.Elapsed.TotalMilliseconds,
        };

    /// <summary>Classifies a transport error into a failure with a Chinese message.</summary>
    public static FetchFailure Describe(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is NetworkRefusedException refused)
                return new(FetchFailureKind.NetworkRefused, refused.Message);
        }
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } dns)
                return new(FetchFailureKind.NameResolution, dns.Message.StartsWith("域名", StringComparison.Ordinal) ? dns.Message : "域名解析失败");
            if (inner is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain })
                return new(FetchFailureKind.NameResolution, "域名解析失败");
            if (inner is System.Security.Authentication.AuthenticationException tls)
                return new(FetchFailureKind.Connection, $"HTTPS握手失败：{tls.Message}");
            if (inner is SocketException socket)
                return new(FetchFailureKind.Connection, $"连接失败（{socket.SocketErrorCode}）");
        }
        return new(FetchFailureKind.Connection, $"连接失败：{e.Message}");
    }

    private static bool IsConnectionReset(HttpRequestException e)
    {
        if (e.HttpRequestError == HttpRequestError.ResponseEnded)
            return true;
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is NetworkRefusedException)
                return false;
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted })
                return true;
        }
        return false;
    }

    public void Dispose() => _http.Dispose();
}
