using System.Collections.Concurrent;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// The same links appear on every page of a site (navigation, footer): their resolution and
/// normalization is done once per crawl. Only references whose result does not depend on the page's
/// path are cached — absolute URLs, and absolute paths ("/xxgk/") keyed by the page's origin.
/// Bounded: past <see cref="MaxEntries"/> it stops remembering.
/// </summary>
internal sealed class ResolutionCache
{
    public const int MaxEntries = 200_000;

    // Absolute URLs by their text, and absolute paths by the page's origin then their text: looked up
    // by span, so a link already seen costs no string (every page repeats its navigation and footer).
    private readonly ConcurrentDictionary<string, Uri?> _absolute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Uri?>> _rootedByOrigin = new(StringComparer.Ordinal);
    private int _count;

    public Uri? Resolve(Uri baseUrl, string reference) => ForPage(baseUrl).Resolve(reference);

    /// <summary>The cache as seen from one page (its origin looked up once for all its links).</summary>
    public PageResolutions ForPage(Uri baseUrl) => new(this, baseUrl);

    public readonly struct PageResolutions
    {
        private readonly ResolutionCache _cache;
        private readonly Uri _baseUrl;
        private readonly ConcurrentDictionary<string, Uri?> _rooted;

        internal PageResolutions(ResolutionCache cache, Uri baseUrl)
        {
            _cache = cache;
            _baseUrl = baseUrl;
            _rooted = cache._rootedByOrigin.GetOrAdd(baseUrl.GetLeftPart(UriPartial.Authority), static _ => new(StringComparer.Ordinal));
        }

        public Uri? Resolve(string reference)
        {
            var text = reference.AsSpan().Trim();
            ConcurrentDictionary<string, Uri?> known;
            if (text.Length == 0 || text.Length > 512)
                return UrlNormalizer.Resolve(_baseUrl, reference);
            if (text[0] == '/' && (text.Length == 1 || text[1] != '/') && text.IndexOf('\\') < 0)
                known = _rooted;
            else if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                known = _cache._absolute;
            else
                return UrlNormalizer.Resolve(_baseUrl, reference);

            if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var resolved))
                return resolved;
            resolved = UrlNormalizer.Resolve(_baseUrl, reference);
            if (Volatile.Read(ref _cache._count) < MaxEntries && known.TryAdd(text.ToString(), resolved))
                Interlocked.Increment(ref _cache._count);
            return resolved;
        }
    }
}
