using Pucha.Inspection.Fetching;

namespace Pucha.Hosting;

/// <summary>The checks the options' own rules share; each throws <see cref="ArgumentException"/> with a Chinese message.</summary>
public static class OptionRules
{
    public static void Require(int value, int min, int max, string name, string label)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"{label}应在{min}至{max}之间。");
    }

    /// <summary>Private address ranges an operator allows, as CIDR (e.g. 10.0.0.0/8); <paramref name="key"/> names the setting.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> Networks(IEnumerable<string> texts, string key) => texts
        .Select(text => NetworkGuard.TryParseNetwork(text, out var network)
            ? network
            : throw new ArgumentException($"{key} 应为 CIDR 网段，如 10.0.0.0/8：{text}"))
        .ToList();
}
