using Pucha.Core.Websites;

namespace Pucha.Features.Census.Excel;

/// <summary>
/// The form of a 首页网址 used to find duplicates: the platform's <see cref="HomepageUrls.Normalize"/>
/// (the registry's unique key) when the address is valid, else the trimmed text in lower case.
/// </summary>
public static class HomepageKey
{
    public static string Of(string url) =>
        HomepageUrls.IsValid(url) ? HomepageUrls.Normalize(url) : url.Trim().ToLowerInvariant();
}
