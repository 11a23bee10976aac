using System.Collections.Concurrent;

namespace Pucha.ScoreSheets;

/// <summary>
/// Limits failed 标识码 + 校验码 attempts on the public self-check page: per client address and per
/// 网站标识码, at most <see cref="MaxFailures"/> failures in <see cref="Window"/>; then that key is refused
/// until the window has passed. In memory: a restart forgets, which only ever lets a few more tries through.
/// </summary>
public sealed class SelfCheckThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Keys remembered at most; beyond it the oldest are dropped (a flood cannot exhaust memory).</summary>
    public const int MaxKeys = 100_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>True when any of the keys has used up its failures in the window.</summary>
    public bool IsBlocked(params string[] keys)
    {
        var since = clock.GetUtcNow() - Window;
        return keys.Any(key => _failures.TryGetValue(key, out var times) && Count(times, since) >= MaxFailures);
    }

    public void RecordFailure(params string[] keys)
    {
        if (_failures.Count > MaxKeys)
            _failures.Clear();
        var now = clock.GetUtcNow();
        foreach (var key in keys)
        {
            var times = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (times)
            {
                times.Enqueue(now);
                while (times.Count > MaxFailures) times.Dequeue();
            }
        }
    }

    private static int Count(Queue<DateTimeOffset> times, DateTimeOffset since)
    {
        lock (times)
            return times.Count(t => t > since);
    }
}
