namespace Pucha.Inspection.Analysis;

/// <summary>
/// What the inspection knows about the site before reading it: its homepage, the registry's
/// 网站标识码 and name, and the hosts that belong to it.
/// </summary>
/// <param name="Homepage">The registered homepage.</param>
/// <param name="ExpectedSiteCode">网站标识码 from the registry, when known.</param>
/// <param name="ExpectedName">网站名称 from the registry, when known.</param>
/// <param name="InScopeHosts">
/// Hosts belonging to the site. A host is in scope when it equals one of them or is a subdomain of
/// one. The homepage's host (without a leading "www.") is always in scope.
/// </param>
public sealed record SiteProfile(
    Uri Homepage,
    string? ExpectedSiteCode,
    string? ExpectedName,
    IReadOnlyList<string> InScopeHosts)
{
    public static SiteProfile For(Uri homepage, string? expectedSiteCode = null, string? expectedName = null) =>
        new(homepage, expectedSiteCode, expectedName, []);

    /// <summary>Whether <paramref name="url"/> belongs to the site (relative URLs always do).</summary>
    public bool IsInScope(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            return true;
        }

        if (url.Scheme is not ("http" or "https"))
        {
            return url.Scheme is "javascript" or "mailto" or "tel";
        }

        var host = url.IdnHost;
        if (HostMatches(host, StripWww(Homepage.IdnHost)))
        {
            return true;
        }

        foreach (var scoped in InScopeHosts)
        {
            if (HostMatches(host, StripWww(scoped)))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripWww(string host) =>
        host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static bool HostMatches(string host, string scope) =>
        host.Equals(scope, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + scope, StringComparison.OrdinalIgnoreCase);
}
