namespace Pucha.Core.Indicators;

/// <summary>An indicator set file that cannot be used, with every problem found in it.</summary>
public sealed class IndicatorSetFormatException(string source, IReadOnlyList<string> problems)
    : Exception($"指标文件 {source} 无法使用：{string.Join("；", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
