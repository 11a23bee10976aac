using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// One distinct link target of the crawl: where it was found and what visiting it gave.
/// Only the outcome is kept, never the body, so memory stays bounded by the number of targets.
/// </summary>
internal sealed class LinkTarget(Uri url, LinkKind kind, int depth, bool inScope)
{
    private readonly List<Uri> _foundOn = new(1);

    public Uri Url { get; } = url;
    public LinkKind Kind { get; } = kind;
    public int Depth { get; } = depth;
    public bool InScope { get; } = inScope;

    public bool OnHomepage { get; private set; }

    /// <summary>Set once visited: the status and failure of the visit.</summary>
    public int? Status { get; internal set; }
    public FetchFailure? Failure { get; internal set; }
    public Uri? FinalUrl { get; internal set; }
    public bool Visited { get; internal set; }

    /// <summary>Why the target was not visited (robots.txt, trap, limits, --no-external).</summary>
    public string? SkipReason { get; internal set; }

    /// <summary>
    /// Targets are always http(s) addresses, so an unsupported scheme was reached by redirect (ftp://…):
    /// the visitor cannot open it, and it is broken like any other failure.
    /// </summary>
    public bool IsBroken => Failure is not null;

    public IReadOnlyList<Uri> FoundOn
    {
        get { lock (_foundOn) return _foundOn.ToArray(); }
    }

    internal void AddFoundOn(Uri page, bool isHomepage)
    {
        lock (_foundOn)
        {
            // A page lists its links once each, so only the last entry can repeat.
            if (_foundOn.Count == 0 || !ReferenceEquals(_foundOn[^1], page))
                _foundOn.Add(page);
            if (isHomepage)
                OnHomepage = true;
        }
    }
}
