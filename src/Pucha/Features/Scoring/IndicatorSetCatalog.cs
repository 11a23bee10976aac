using Pucha.Core.Indicators;

namespace Pucha.Features.Scoring;

/// <summary>
/// Finds an indicator set by the name a user types: <c>2015</c>, <c>2019</c>, a built-in id such as
/// <c>supervision-2019</c>, or the path of a set file (a new year's table is a new file).
/// </summary>
public static class IndicatorSetCatalog
{
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>
    {
        ["2015"] = BuiltInIndicatorSets.Census2015,
        ["2019"] = BuiltInIndicatorSets.Website2019,
    };

    public static IndicatorSet Resolve(string nameOrPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        if (Aliases.TryGetValue(nameOrPath, out var id) || BuiltInIndicatorSets.Ids.Contains(nameOrPath))
            return BuiltInIndicatorSets.Get(id ?? nameOrPath);
        if (nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var file = new FileInfo(nameOrPath);
            if (!file.Exists)
                throw new FileNotFoundException($"找不到指标文件 {nameOrPath}。", nameOrPath);
            if (file.Length > IndicatorSetLoader.MaxFileBytes)
                throw new IndicatorSetFormatException(nameOrPath, [$"文件超过 {IndicatorSetLoader.MaxFileBytes} 字节上限"]);
            using var stream = file.OpenRead();
            return IndicatorSetLoader.Load(stream, file.Name);
        }
        throw new ArgumentException(
            $"未知的指标体系“{nameOrPath}”：可用 {string.Join("、", Aliases.Keys.Concat(BuiltInIndicatorSets.Ids))}，或指标文件（.json）路径。",
            nameof(nameOrPath));
    }
}
