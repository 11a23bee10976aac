namespace Pucha.Core.Indicators;

/// <summary>The official tables shipped with Pucha (Indicators/Sets/*.json, embedded).</summary>
public static class BuiltInIndicatorSets
{
    public const string Census2015 = "census-2015";
    public const string Website2019 = "website-2019";
    public const string NewMedia2019 = "new-media-2019";
    public const string Supervision2019 = "supervision-2019";

    public static IReadOnlyList<string> Ids { get; } = [Census2015, Website2019, NewMedia2019, Supervision2019];

    private static readonly Lazy<IReadOnlyDictionary<string, IndicatorSet>> Sets = new(LoadAll);

    public static IndicatorSet Get(string id) =>
        Sets.Value.TryGetValue(id, out var set)
            ? set
            : throw new ArgumentException($"没有内置指标体系“{id}”；可用：{string.Join("、", Ids)}。", nameof(id));

    public static IEnumerable<IndicatorSet> All => Ids.Select(Get);

    private static IReadOnlyDictionary<string, IndicatorSet> LoadAll()
    {
        var assembly = typeof(BuiltInIndicatorSets).Assembly;
        var sets = new Dictionary<string, IndicatorSet>();
        foreach (var id in Ids)
        {
            var name = $"Pucha.Core.Indicators.Sets.{id}.json";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"程序集缺少内置指标文件 {name}。");
            var set = IndicatorSetLoader.Load(stream, name);
            if (set.Id != id)
                throw new IndicatorSetFormatException(name, [$"文件中的 id 为“{set.Id}”，应为“{id}”"]);
            sets.Add(id, set);
        }
        return sets;
    }
}
