using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pucha.Core.Indicators;
using Pucha.Core.Scoring;

namespace Pucha.Features.Scoring;

/// <summary>
/// The score sheet as the JSON object <c>score</c> of an inspection report:
/// {indicatorSet, vetoes[], deduction, bonus, total, qualified, items[] {id, name, points, findings}}.
/// <c>deduction</c> is the points deducted; manual indicators count as not deducted and say 需人工评判.
/// </summary>
public static class ScoreSheetJson
{
    /// <summary>Findings listed per indicator; the rest are counted in <c>omittedFindings</c>.</summary>
    public const int MaxFindingsPerItem = 200;

    public static JsonObject ToJson(ScoreSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new JsonObject
        {
            ["indicatorSet"] = sheet.IndicatorSet,
            ["title"] = sheet.Title,
            ["version"] = sheet.Version,
            ["asOf"] = sheet.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["exemption"] = sheet.Exemption,
            ["vetoes"] = new JsonArray(sheet.Vetoes.Select(v => (JsonNode)new JsonObject
            {
                ["id"] = v.Id,
                ["name"] = v.Name,
                ["findings"] = Findings(v),
                ["decisions"] = Decisions(v),
            }).ToArray()),
            ["deduction"] = Number(sheet.Deducted),
            ["deductionPart"] = Number(sheet.DeductionPart),
            ["bonus"] = Number(sheet.Bonus),
            ["total"] = Number(sheet.Total),
            ["qualified"] = sheet.Qualified,
            ["verdict"] = sheet.Verdict,
            ["needsManual"] = sheet.NeedingManual.Count(),
            ["items"] = new JsonArray(sheet.Items.Select(Item).ToArray()),
        };
    }

    public static string Serialize(ScoreSheet sheet, bool indented = true) =>
        ToJson(sheet).ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    private static JsonNode Item(IndicatorScore item)
    {
        var json = new JsonObject
        {
            ["id"] = item.Id,
            ["part"] = item.Part switch { IndicatorPart.Veto => "veto", IndicatorPart.Deduction => "deduction", _ => "bonus" },
            ["group"] = item.Group,
            ["name"] = item.Name,
            ["points"] = Number(item.Points),
            ["deducted"] = Number(item.Deducted),
            ["awarded"] = Number(item.Awarded),
            ["status"] = ScoreText.Status(item),
            ["state"] = State(item.Status),
            ["needsManual"] = item.PendingManual,
            ["findings"] = Findings(item),
            ["decisions"] = Decisions(item),
        };
        var total = item.Lines.Sum(l => l.Observations.Count);
        if (total > MaxFindingsPerItem) json["omittedFindings"] = total - MaxFindingsPerItem;
        return json;
    }

    private static JsonArray Findings(IndicatorScore item) => new(item.Lines
        .SelectMany(l => l.Observations.Select(o => (Line: l, Observation: o)))
        .Take(MaxFindingsPerItem)
        .Select(x => (JsonNode)new JsonObject
        {
            ["rule"] = x.Line.RuleId,
            ["check"] = x.Observation.Check,
            ["url"] = x.Observation.Url is { } url ? ScoreText.Clean(url) : null,
            ["message"] = x.Observation.Message is { } m ? ScoreText.Clean(m) : null,
            ["evidence"] = new JsonObject(x.Observation.Evidence.Select(e => KeyValuePair.Create(ScoreText.Clean(e.Key), Value(e.Value, 0)))),
        }).ToArray());

    private static JsonArray Decisions(IndicatorScore item) => new(item.Lines.Select(l => (JsonNode)new JsonObject
    {
        ["rule"] = l.RuleId,
        ["text"] = ScoreText.Clean(l.Text),
        ["occurrences"] = Number(l.Occurrences),
        ["points"] = Number(l.Points),
        ["veto"] = l.Veto,
        ["forReview"] = l.ForReview,
        ["overridden"] = l.Overridden,
        ["decidedBy"] = l.Person is null ? "machine" : "person",
        ["person"] = l.Person,
    }).ToArray());

    /// <summary>The status for programs (the Chinese <c>status</c> is for people).</summary>
    private static string State(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Clear => "clear",
        IndicatorStatus.Deducted => "deducted",
        IndicatorStatus.Awarded => "awarded",
        IndicatorStatus.Vetoed => "vetoed",
        IndicatorStatus.NeedsManual => "needs-manual",
        IndicatorStatus.Skipped => "skipped",
        _ => "not-scored",
    };

    private static JsonNode? Number(decimal? value) =>
        value is { } v ? JsonValue.Create(decimal.Round(v, 2, MidpointRounding.AwayFromZero)) : null;

    /// <summary>Evidence as JSON, bounded in length and depth (crawled data).</summary>
    private static JsonNode? Value(object? value, int depth) => value switch
    {
        null => null,
        string s => ScoreText.Clean(s),
        bool b => JsonValue.Create(b),
        int or long or short or byte or uint or ulong or ushort or sbyte or decimal => JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        double d => double.IsFinite(d) ? JsonValue.Create(d) : null,
        float f => float.IsFinite(f) ? JsonValue.Create(f) : null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        JsonElement e when e.ValueKind == JsonValueKind.String => ScoreText.Clean(e.GetString()),
        JsonElement e when e.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => JsonNode.Parse(e.GetRawText()),
        JsonElement e when e.ValueKind == JsonValueKind.Array && depth < 4 =>
            new JsonArray(e.EnumerateArray().Take(MaxFindingsPerItem).Select(x => Value(x, depth + 1)).ToArray()),
        IEnumerable list when depth < 4 => new JsonArray(list.Cast<object?>().Take(MaxFindingsPerItem).Select(x => Value(x, depth + 1)).ToArray()),
        _ => ScoreText.Clean(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
