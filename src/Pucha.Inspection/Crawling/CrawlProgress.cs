namespace Pucha.Inspection.Crawling;

/// <summary>Live counters of a crawl, read by the progress display from another thread.</summary>
public sealed class CrawlProgress
{
    private long _pages;
    private long _links;
    private long _checked;
    private long _errors;
    private long _bytes;

    public long Pages => Interlocked.Read(ref _pages);

    /// <summary>Distinct link targets discovered.</summary>
    public long Links => Interlocked.Read(ref _links);

    /// <summary>Targets visited so far.</summary>
    public long Checked => Interlocked.Read(ref _checked);

    public long Errors => Interlocked.Read(ref _errors);
    public long Bytes => Interlocked.Read(ref _bytes);

    internal void AddPage() => Interlocked.Increment(ref _pages);
    internal void AddLink() => Interlocked.Increment(ref _links);
    internal void AddChecked() => Interlocked.Increment(ref _checked);
    internal void AddError() => Interlocked.Increment(ref _errors);
    internal void AddBytes(long bytes) => Interlocked.Add(ref _bytes, bytes);
}
