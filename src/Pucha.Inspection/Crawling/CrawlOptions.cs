namespace Pucha.Inspection.Crawling;

/// <summary>The bounds of a crawl. Every limit is explicit.</summary>
public sealed record CrawlOptions
{
    /// <summary>HTML pages of the site parsed at most.</summary>
    public int MaxPages { get; init; } = 20_000;

    /// <summary>Link distance from the homepage (depth 0) up to which pages are parsed for more links.</summary>
    public int MaxDepth { get; init; } = 20;

    /// <summary>Requests in flight at once.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>
    /// Pages parsed and analysed at once. Parsing is CPU work: more parsers than cores only keep more
    /// documents alive and make the fetchers wait; fetching goes on beside them (<see cref="Concurrency"/>).
    /// </summary>
    public int AnalysisConcurrency { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 16);

    /// <summary>Fetched pages waiting for a parser at most; a full queue holds the fetchers back (bounds memory).</summary>
    public int AnalysisQueue { get; init; } = 32;

    /// <summary>Requests in flight at once to one external host.</summary>
    public int ConcurrencyPerExternalHost { get; init; } = 2;

    /// <summary>Record external links without visiting them.</summary>
    public bool NoExternal { get; init; }

    /// <summary>Longest pause between two requests to the site that robots.txt's Crawl-delay can impose.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TrapLimits Traps { get; init; } = new();
}
