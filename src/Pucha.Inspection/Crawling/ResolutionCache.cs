using System.Collections.Concurrent;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// The same links appear on every page of a site (navigation, footer): their resolution and
/// normalization is done once per crawl. Only references whose result does not depend on the page's
/// path are cached — absolute URLs, and absolute paths ("/xxgk/") keyed by the page's origin.
/// Bounded: past <see cref="MaxEntries"/> it stops remembering.
/// </summary>
public sealed class ResolutionCache
{
    public const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<string, Uri?> _resolved = new(StringComparer.Ordinal);

    public Uri? Resolve(Uri baseUrl, string reference)
    {
        var key = KeyOf(baseUrl, reference);
        if (key is null)
            return UrlNormalizer.Resolve(baseUrl, reference);
        if (_resolved.TryGetValue(key, out var known))
            return known;
        var resolved = UrlNormalizer.Resolve(baseUrl, reference);
        if (_resolved.Count < MaxEntries)
            _resolved.TryAdd(key, resolved);
        return resolved;
    }

    private static string? KeyOf(Uri baseUrl, string reference)
    {
        var text = reference.AsSpan().Trim();
        if (text.Length == 0 || text.Length > 512)
            return null;
        if (text[0] == '/' && (text.Length == 1 || text[1] != '/') && text.IndexOf('\\') < 0)
            return string.Concat(baseUrl.GetLeftPart(UriPartial.Authority), "\n", text);
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return text.ToString();
        return null;
    }
}
