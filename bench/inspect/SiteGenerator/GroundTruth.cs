using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pucha.Bench.SiteGenerator;

/// <summary>
/// The answer key, read back from the rendered HTML rather than from the plan, so it holds exactly
/// what a checker can see: every href/src of every page, classified against the files written.
/// An occurrence is a distinct (page, target) pair; the generator never puts one target twice on a page.
/// </summary>
internal sealed partial class GroundTruth
{
    private readonly HashSet<string> existing;
    private readonly HashSet<string> softNotFound;
    private readonly SortedDictionary<string, SortedSet<string>> broken = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> soft = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> external = new(StringComparer.Ordinal);
    private long internalOccurrences;
    private long linkElements;
    private long pageBytes;
    private long minPageBytes = long.MaxValue;
    private long maxPageBytes;
    private int pages;
    private int reachablePages;
    private readonly Dictionary<string, List<string>> linksOf = new(StringComparer.Ordinal);

    public GroundTruth(IEnumerable<string> existingPaths, IEnumerable<string> softNotFoundPaths)
    {
        existing = new HashSet<string>(existingPaths, StringComparer.Ordinal) { "/" };
        softNotFound = new HashSet<string>(softNotFoundPaths, StringComparer.Ordinal);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();

    public void Read(string pagePath, string html, int servedBytes)
    {
        pages++;
        pageBytes += servedBytes;
        minPageBytes = Math.Min(minPageBytes, servedBytes);
        maxPageBytes = Math.Max(maxPageBytes, servedBytes);
        var targets = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in LinkAttribute().Matches(html))
        {
            linkElements++;
            var target = match.Groups[1].Value;
            if (!seen.Add(target))
            {
                continue;
            }

            var absolute = target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal);
            if (!absolute && !target.StartsWith('/'))
            {
                throw new InvalidOperationException($"{pagePath}: links must be root-relative or absolute, found {target}");
            }

            targets.Add(target);
        }

        linksOf[pagePath] = targets;
    }

    /// <summary>
    /// Classifies the links of the pages a crawler can reach from the homepage by following
    /// href/src: a page reached only through a form (the search page) is never crawled, so its
    /// links are not part of the answer.
    /// </summary>
    private void Classify()
    {
        var queue = new Queue<string>(["/"]);
        var reached = new HashSet<string>(StringComparer.Ordinal) { "/" };
        while (queue.TryDequeue(out var page))
        {
            if (!linksOf.TryGetValue(page, out var targets))
            {
                continue;
            }

            reachablePages++;
            foreach (var target in targets)
            {
                if (target.StartsWith('/'))
                {
                    internalOccurrences++;
                    if (softNotFound.Contains(target))
                    {
                        Note(soft, target, page);
                    }
                    else if (!existing.Contains(target))
                    {
                        Note(broken, target, page);
                        continue;
                    }

                    // Soft 404s are pages served with 200: crawlers parse them too.
                    if (reached.Add(target))
                    {
                        queue.Enqueue(target);
                    }
                }
                else
                {
                    Note(external, target, page);
                }
            }
        }
    }

    private static void Note(SortedDictionary<string, SortedSet<string>> map, string target, string page)
    {
        if (!map.TryGetValue(target, out var pagesOn))
        {
            map[target] = pagesOn = new SortedSet<string>(StringComparer.Ordinal);
        }

        pagesOn.Add(page);
    }

    public string Summary() =>
        $"{pages} pages ({reachablePages} reachable by links), {pageBytes / Math.Max(1, pages) / 1024.0:F1} KB average ({minPageBytes / 1024.0:F1}–{maxPageBytes / 1024.0:F1} KB), " +
        $"{(double)linkElements / Math.Max(1, pages):F1} links per page; " +
        $"broken: {broken.Count} URLs / {Occurrences(broken)} occurrences ({100.0 * Occurrences(broken) / Math.Max(1, internalOccurrences):F2}% of {internalOccurrences} internal); " +
        $"soft 404: {soft.Count} / {Occurrences(soft)}; external: {external.Count} / {Occurrences(external)}";

    private static long Occurrences(SortedDictionary<string, SortedSet<string>> map) => map.Values.Sum(p => (long)p.Count);

    public void Write(string directory, GeneratorOptions options, IEnumerable<string> slowPaths, IEnumerable<string> gbkPaths)
    {
        Classify();
        var document = new
        {
            generator = new { options.Seed, options.Pages, options.Images, options.Attachments, options.BrokenTargets, asOf = options.AsOf.ToString("yyyy-MM-dd") },
            pages,
            reachablePages,
            linkElements,
            internalOccurrences,
            broken = Section(broken),
            softNotFound = Section(soft),
            external = Section(external),
            slow = slowPaths.ToArray(),
            gbkPages = gbkPaths.ToArray(),
        };
        File.WriteAllText(
            Path.Combine(directory, "ground-truth.json"),
            JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        WriteTsv(Path.Combine(directory, "ground-truth-broken.tsv"), broken);
        WriteTsv(Path.Combine(directory, "ground-truth-soft404.tsv"), soft);
    }

    private static object Section(SortedDictionary<string, SortedSet<string>> map) => new
    {
        distinct = map.Count,
        occurrences = Occurrences(map),
        targets = map.Select(e => new { url = e.Key, foundOn = e.Value.ToArray() }).ToArray(),
    };

    private static void WriteTsv(string path, SortedDictionary<string, SortedSet<string>> map)
    {
        var tsv = new StringBuilder("target\tfoundOn\n");
        foreach (var (target, pagesOn) in map)
        {
            foreach (var page in pagesOn)
            {
                tsv.Append(target).Append('\t').Append(page).Append('\n');
            }
        }

        File.WriteAllText(path, tsv.ToString());
    }
}
