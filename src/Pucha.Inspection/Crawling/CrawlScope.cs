namespace Pucha.Inspection.Crawling;

/// <summary>
/// The hosts whose pages are crawled: the homepage's host (and the host it redirected to), their
/// subdomains (a leading "www." does not count), and configured extra hosts. Links elsewhere are
/// external: checked, not crawled. Same rule as <see cref="Analysis.SiteProfile.IsInScope"/>.
/// </summary>
public sealed class CrawlScope
{
    private readonly string[] _roots;

    public CrawlScope(IEnumerable<string> hosts) =>
        _roots = hosts.Select(h => StripWww(h.Trim('[', ']'))).Where(h => h.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public IReadOnlyList<string> Roots => _roots;

    public bool IsInScope(Uri url)
    {
        var host = url.IdnHost.Trim('[', ']');
        foreach (var root in _roots)
        {
            if (host.Equals(root, StringComparison.OrdinalIgnoreCase) ||
                (host.Length > root.Length + 1 && host.EndsWith(root, StringComparison.OrdinalIgnoreCase) && host[^(root.Length + 1)] == '.'))
                return true;
        }
        return false;
    }

    private static string StripWww(string host) =>
        host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
