namespace Pucha.Census.Excel;

/// <summary>
/// The form of a 首页网址 used to find duplicates: "HTTP://www.Beijing.gov.cn/" and
/// "https://www.beijing.gov.cn" are the same site for the registry.
/// </summary>
public static class HomepageKey
{
    public static string Of(string url)
    {
        var text = url.Trim();
        foreach (var scheme in (ReadOnlySpan<string>)["http://", "https://"])
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                text = text[scheme.Length..];
                break;
            }
        }

        return text.TrimEnd('/').ToLowerInvariant();
    }
}
