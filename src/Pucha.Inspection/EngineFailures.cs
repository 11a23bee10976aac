using System.Collections.Concurrent;

namespace Pucha.Inspection;

/// <summary>
/// Exceptions the engine met while inspecting one page or running one check. None ends the inspection:
/// each is the reported failure of the page or check it happened in (a note of the report), and the
/// inspection goes on to its report. Crawled text is hostile; an unforeseen page must cost that page only.
/// </summary>
internal sealed class EngineFailures
{
    /// <summary>Failures kept with their details at most; the rest are counted.</summary>
    public const int MaxListed = 50;

    private readonly ConcurrentQueue<string> _listed = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Records that <paramref name="what"/> (a page address or a check's Chinese name) failed with <paramref name="exception"/>.</summary>
    public void Add(string what, Exception exception)
    {
        if (Interlocked.Increment(ref _count) <= MaxListed)
            _listed.Enqueue($"检查出错，以下页面或检查项未完成：{what}（{exception.GetType().Name}：{FirstLine(exception.Message)}）");
    }

    /// <summary>The notes for the report: each listed failure, and how many more there were.</summary>
    public IEnumerable<string> Notes()
    {
        foreach (var note in _listed)
            yield return note;
        if (Count > MaxListed)
            yield return $"另有{Count - MaxListed}处检查出错，未逐条列出";
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
