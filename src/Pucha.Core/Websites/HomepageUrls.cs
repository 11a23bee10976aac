namespace Pucha.Core.Websites;

/// <summary>
/// Checks and normalizes the 首页网址 (and column addresses): absolute http(s), a host, no user
/// name or password. The normalized form decides "the same homepage cannot be registered twice".
/// </summary>
public static class HomepageUrls
{
    /// <summary>A Chinese error for an unacceptable address, or null when it is fine.</summary>
    public static string? Check(string? url, int maxLength = WebsiteLimits.Url) => Check(url, maxLength, out _);

    // The parsed address comes out too, so normalizing after checking parses once.
    private static string? Check(string? url, int maxLength, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            return "网址不能为空。";
        }

        var trimmed = url.Trim();
        if (trimmed.Length > maxLength)
        {
            return $"网址不能超过{maxLength}个字符。";
        }

        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                return "网址中不能有空格。";
            }
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "网址须以 http:// 或 https:// 开头，例如 http://www.beijing.gov.cn。";
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            return "网址缺少域名。";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "网址中不能包含用户名或密码。";
        }

        return null;
    }

    /// <summary>True when <see cref="Check"/> finds nothing.</summary>
    public static bool IsValid(string? url) => Check(url) is null;

    /// <summary>
    /// The comparable form: scheme and host in lower case (international domain names in their
    /// ASCII form), default port dropped, fragment dropped, "/" for an empty path; path and query
    /// kept as they are (servers may treat them case-sensitively). Throws for an invalid address.
    /// </summary>
    public static string Normalize(string url) =>
        Check(url, WebsiteLimits.Url, out var uri) is { } error ? throw new FormatException(error) : Normalized(uri!);

    /// <summary><see cref="Normalize"/>, or null for an invalid address: one parse where IsValid + Normalize take three.</summary>
    public static string? TryNormalize(string? url) => Check(url, WebsiteLimits.Url, out var uri) is null ? Normalized(uri!) : null;

    private static string Normalized(Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant();
        if (uri.HostNameType == UriHostNameType.IPv6 && !host.StartsWith('['))
        {
            host = $"[{host}]";
        }

        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pathAndQuery = uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
        if (pathAndQuery.Length == 0 || pathAndQuery[0] != '/')
        {
            pathAndQuery = "/" + pathAndQuery;
        }

        return string.Concat(uri.Scheme.ToLowerInvariant(), "://", host, port, pathAndQuery);
    }
}
