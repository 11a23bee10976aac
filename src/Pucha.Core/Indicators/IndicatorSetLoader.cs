using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pucha.Core.Indicators;

/// <summary>
/// Reads indicator set files (JSON, format in docs/indicator-sets.md) and checks them whole: a file
/// with a typo'd property, an unknown id or points that do not add up is refused with every problem listed.
/// </summary>
public static class IndicatorSetLoader
{
    /// <summary>A set file larger than this is refused: the biggest official table is about 60 KB.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    /// <param name="json">The file's content.</param>
    /// <param name="source">Named in error messages (a file name or resource name).</param>
    public static IndicatorSet Parse(string json, string source)
    {
        if (json.Length > MaxFileBytes)
            throw new IndicatorSetFormatException(source, [$"文件超过 {MaxFileBytes} 字节上限"]);
        IndicatorSet? set;
        try
        {
            set = JsonSerializer.Deserialize<IndicatorSet>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $"（位置 {e.Path}，第 {e.LineNumber + 1} 行）";
            throw new IndicatorSetFormatException(source, [$"JSON 格式错误{where}：{e.Message}"]);
        }
        if (set is null)
            throw new IndicatorSetFormatException(source, ["文件为空"]);
        var problems = IndicatorSetValidator.Problems(set);
        if (problems.Count > 0)
            throw new IndicatorSetFormatException(source, problems);
        return set;
    }

    public static IndicatorSet Load(Stream stream, string source)
    {
        using var limited = new StreamReader(stream);
        var buffer = new char[MaxFileBytes + 1];
        var read = limited.ReadBlock(buffer, 0, buffer.Length);
        return Parse(new string(buffer, 0, read), source);
    }
}
