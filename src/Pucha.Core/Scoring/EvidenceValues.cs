using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Pucha.Core.Scoring;

/// <summary>
/// Reads evidence values the way selectors compare them: any number as decimal, dates from
/// DateOnly/DateTime/DateTimeOffset or ISO strings, lists as lists, JSON elements as their values.
/// </summary>
internal static class EvidenceValues
{
    /// <summary>Longest list looked at in one evidence value: crawled data is bounded.</summary>
    public const int MaxListItems = 10_000;

    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        decimal d => d,
        double d => double.IsFinite(d) ? (decimal)d : null,
        float f => float.IsFinite(f) ? (decimal)f : null,
        int or long or short or byte or uint or ulong or ushort or sbyte => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        DateOnly or DateTime or DateTimeOffset => value,
        JsonElement e => FromJson(e),
        IEnumerable list => list.Cast<object?>().Take(MaxListItems).Select(Normalize).ToList(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetDecimal(out var d) ? d : null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Take(MaxListItems).Select(x => FromJson(x)).ToList(),
        JsonValueKind.Object => e.GetRawText(),
        _ => null,
    };

    public static decimal? AsDecimal(object? normalized) => normalized switch
    {
        decimal d => d,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static DateOnly? AsDate(object? normalized) => normalized switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) => DateOnly.FromDateTime(dto.DateTime),
        _ => null,
    };

    public static IReadOnlyList<object?>? AsList(object? normalized) => normalized as List<object?>;

    public static bool AreEqual(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (AsDecimal(a) is { } x && AsDecimal(b) is { } y && (a is decimal || b is decimal)) return x == y;
        if (a is bool p && b is bool q) return p == q;
        return string.Equals(Text(a), Text(b), StringComparison.Ordinal);
    }

    public static string Text(object? normalized) => normalized switch
    {
        null => "",
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        List<object?> list => string.Join("、", list.Select(Text)),
        _ => normalized.ToString() ?? "",
    };
}
