using System.Globalization;
using System.Text;
using System.Text.Json;
using Pucha.Core.Scoring;

namespace Pucha.Features.Scoring;

/// <summary>
/// The Chinese words and evidence summaries shared by the console table, the JSON and the xlsx.
/// Crawled text is hostile: it is stripped of control characters and cut to explicit lengths here.
/// </summary>
public static class ScoreText
{
    /// <summary>Longest text taken from one evidence value.</summary>
    public const int MaxValueChars = 500;

    /// <summary>Observations spelled out per line of a sheet; the rest are counted (等N处).</summary>
    public const int MaxListedObservations = 20;

    public static string Status(IndicatorScore item) => item.Status switch
    {
        IndicatorStatus.Clear when item.Part == Core.Indicators.IndicatorPart.Bonus => "未得分",
        IndicatorStatus.Clear => "未发现问题",
        IndicatorStatus.Deducted => item.PendingManual ? "扣分（部分需人工评判）" : "扣分",
        IndicatorStatus.Awarded => item.PendingManual ? "加分（部分需人工评判）" : "加分",
        IndicatorStatus.Vetoed => VerdictLabels.Veto,
        IndicatorStatus.NeedsManual => "需人工评判",
        IndicatorStatus.Skipped => "不检查",
        _ => item.Part == Core.Indicators.IndicatorPart.Bonus ? "未进入加分环节" : "未评分",
    };

    public static string Number(decimal? value) =>
        value is { } v ? decimal.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>One observation in a line: its message (or check), its URL, and its evidence.</summary>
    public static string Describe(Observation observation)
    {
        var text = new StringBuilder();
        text.Append(Clean(observation.Message ?? observation.Check));
        if (observation.Url is { } url) text.Append("（").Append(Clean(url)).Append('）');
        var facts = observation.Evidence
            .Where(e => e.Key != "severity" && e.Value is not null)
            .Select(e => $"{Clean(e.Key)}={Clean(Value(e.Value))}");
        var joined = string.Join("，", facts);
        if (joined.Length > 0) text.Append("：").Append(joined);
        return Bound(text.ToString(), MaxValueChars * 2);
    }

    /// <summary>What is wrong under one indicator (存在的问题), a line per reason.</summary>
    /// <param name="item">The indicator.</param>
    /// <param name="maxObservations">Observations spelled out per line; the rest are counted.</param>
    public static string Problems(IndicatorScore item, int maxObservations = MaxListedObservations)
    {
        var lines = new List<string>();
        foreach (var line in item.Lines)
        {
            if (line.Person is { } person)
            {
                var verdict = line.Veto ? "判定单项否决" : line.Points > 0 ? $"{(item.Part == Core.Indicators.IndicatorPart.Bonus ? "加" : "扣")}{Number(line.Points)}分" : "未发现问题";
                lines.Add($"人工评判（{Clean(person)}）：{verdict}。{Clean(line.Text)}");
                continue;
            }
            var head = line.Overridden
                ? $"系统扫描（已被人工改判，不计分）：{Number(line.Occurrences)}处"
                : line.ForReview
                ? $"系统发现，待人工复核（{Number(line.Occurrences)}处）"
                : line.Veto ? $"系统扫描：{Clean(line.Text)}（{Number(line.Occurrences)}处）"
                : $"系统扫描：{Number(line.Occurrences)}处，计{Number(line.Points)}分";
            var listed = line.Observations.Take(maxObservations).Select(o => "  " + Describe(o));
            var more = line.Observations.Count > maxObservations ? [$"  等共{line.Observations.Count}处"] : Array.Empty<string>();
            lines.Add(string.Join("\n", new[] { head }.Concat(listed).Concat(more)));
        }
        if (item.PendingManual && item.Status != IndicatorStatus.NeedsManual)
            lines.Add("另有细则需人工评判");
        return string.Join("\n", lines);
    }

    private static string Value(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        JsonElement e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : e.GetRawText(),
        System.Collections.IEnumerable list => string.Join("、", list.Cast<object?>().Take(MaxListedObservations).Select(Value)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Removes control characters (except line breaks) and unpaired surrogates, and bounds the length.</summary>
    public static string Clean(string? text) => Bound(text is null ? "" : Strip(text), MaxValueChars);

    private static string Strip(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || (char.IsControl(c) && c != '\n') || c is '\uFFFE' or '\uFFFF') continue;
            clean.Append(c);
        }
        return clean.ToString();
    }

    private static string Bound(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--; // never split a character in two
        return text[..cut] + "…";
    }
}
