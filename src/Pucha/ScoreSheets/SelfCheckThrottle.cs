using System.Collections.Concurrent;

namespace Pucha.ScoreSheets;

/// <summary>
/// Limits failed 标识码 + 校验码 attempts on the public self-check page: per client address and per
/// 网站标识码: at most <see cref="MaxFailuresPerCode"/> failures for one code and <see cref="MaxFailuresPerAddress"/>
/// from one address (an office behind one NAT address has several units) in <see cref="Window"/>; then that
/// key is refused until the window has passed. In memory: a restart forgets, which only lets a few more tries through.
/// </summary>
public sealed class SelfCheckThrottle(TimeProvider clock)
{
    public const int MaxFailuresPerCode = 5;
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Keys remembered at most; beyond it the oldest are dropped (a flood cannot exhaust memory).</summary>
    public const int MaxKeys = 100_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>True when the address or the code has used up its failures in the window.</summary>
    public bool IsBlocked(string address, string siteCode)
    {
        var since = clock.GetUtcNow() - Window;
        return Used(AddressKey(address), since) >= MaxFailuresPerAddress || Used(CodeKey(siteCode), since) >= MaxFailuresPerCode;
    }

    public void RecordFailure(string address, string siteCode) => Record(AddressKey(address), CodeKey(siteCode));

    private static string AddressKey(string address) => "ip:" + address;

    private static string CodeKey(string siteCode) => "code:" + siteCode.Trim().ToUpperInvariant();

    private int Used(string key, DateTimeOffset since) => _failures.TryGetValue(key, out var times) ? Count(times, since) : 0;

    private void Record(params string[] keys)
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
                while (times.Count > MaxFailuresPerAddress) times.Dequeue();
            }
        }
    }

    private static int Count(Queue<DateTimeOffset> times, DateTimeOffset since)
    {
        lock (times)
            return times.Count(t => t > since);
    }
}
