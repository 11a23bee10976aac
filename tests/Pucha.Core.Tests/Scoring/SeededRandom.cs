namespace Pucha.Core.Tests.Scoring;

/// <summary>
/// SplitMix64: a tiny generator whose sequence for a seed never changes between runtimes, so a
/// failing property case can be replayed from the seed printed in the assertion.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; maxExclusive.</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public T[] Subset<T>(IReadOnlyList<T> items) => items.Where(_ => Chance(40)).ToArray();
}
