using System.Collections.Concurrent;

namespace Pucha.Inspection.Crawling;

/// <summary>Limits that keep the crawl out of endless URL spaces (calendars, session ids, loops).</summary>
public sealed record TrapLimits
{
    public int MaxUrlLength { get; init; } = 2048;

    /// <summary>Distinct query strings crawled per path; an endless calendar (?month=…) stops here.</summary>
    public int MaxQueryVariantsPerPath { get; init; } = 100;

    public int MaxPathSegments { get; init; } = 24;

    /// <summary>A path segment seen this many times (a/b/a/b/a/b…) marks a relative-link loop.</summary>
    public int MaxSegmentRepeats { get; init; } = 3;
}

/// <summary>Says why a URL is a trap, or null. Thread-safe; remembers query variants per path.</summary>
internal sealed class TrapGuard(TrapLimits limits)
{
    private readonly ConcurrentDictionary<string, int> _variantsPerPath = new(StringComparer.Ordinal);

    public TrapLimits Limits => limits;

    /// <summary>Checks a URL not seen before; a URL accepted here counts towards its path's variants.</summary>
    public string? TrapReason(Uri url)
    {
        var text = url.AbsoluteUri;
        if (text.Length > limits.MaxUrlLength)
            return $"网址过长（超过{limits.MaxUrlLength}字符）";

        var path = url.AbsolutePath;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > limits.MaxPathSegments)
            return $"路径层级过深（超过{limits.MaxPathSegments}层）";
        if (segments.Length >= limits.MaxSegmentRepeats)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var segment in segments)
            {
                var seen = counts[segment] = counts.GetValueOrDefault(segment) + 1;
                if (seen >= limits.MaxSegmentRepeats)
                    return $"路径段“{segment}”重复{seen}次（疑似循环链接）";
            }
        }

        if (url.Query.Length > 1)
        {
            var key = url.GetLeftPart(UriPartial.Path);
            var variants = _variantsPerPath.AddOrUpdate(key, 1, static (_, n) => n + 1);
            if (variants > limits.MaxQueryVariantsPerPath)
                return $"同一路径的查询参数组合超过{limits.MaxQueryVariantsPerPath}种（疑似无限日历或参数陷阱）";
        }
        return null;
    }
}
