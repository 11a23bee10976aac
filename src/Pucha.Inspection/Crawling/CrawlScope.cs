namespace Pucha.Inspection.Crawling;

/// <summary>The hosts whose pages are crawled; links elsewhere are external (checked, not crawled).</summary>
public sealed class CrawlScope(IEnumerable<string> hosts)
{
    private readonly HashSet<string> _hosts = new(hosts.Select(h => h.Trim('[', ']')), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Hosts => _hosts;

    public bool Contains(Uri url) => _hosts.Contains(url.IdnHost.Trim('[', ']'));

    public void Add(string host) => _hosts.Add(host.Trim('[', ']'));
}
