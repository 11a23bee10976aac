using System.Text;
using System.Text.Json;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Reporting;

namespace Pucha.Features.Inspections;

/// <summary>
/// Findings as stored with a run: the report's own JSON shape (docs/report-format.md), cut at a size
/// limit. Read back, evidence values are JSON elements, which scoring reads like the originals.
/// </summary>
public static class StoredFindings
{
    private static readonly JsonSerializerOptions Compact = new(JsonReportWriter.Options) { WriteIndented = false };

    /// <summary>The findings as a JSON array of at most <paramref name="maxChars"/> characters, and how many did not fit.</summary>
    public static (string Json, int Omitted) Write(IReadOnlyList<Finding> findings, int maxChars)
    {
        var json = new StringBuilder("[");
        var stored = 0;
        foreach (var finding in findings)
        {
            var item = JsonSerializer.Serialize(finding, Compact);
            if (json.Length + item.Length + 2 > maxChars)
                break;
            if (stored > 0) json.Append(',');
            json.Append(item);
            stored++;
        }
        json.Append(']');
        return (json.ToString(), findings.Count - stored);
    }

    public static IReadOnlyList<Finding> Read(string json) =>
        JsonSerializer.Deserialize<List<Finding>>(json, JsonReportWriter.Options) ?? [];

    /// <summary>The report JSON, or the report without findings when it is longer than <paramref name="maxChars"/>.</summary>
    public static (string Json, bool Trimmed) Report(InspectionReport report, int maxChars)
    {
        var json = JsonSerializer.Serialize(report, Compact);
        if (json.Length <= maxChars)
            return (json, false);
        var trimmed = new InspectionReport
        {
            Site = report.Site, AsOf = report.AsOf, StartedAt = report.StartedAt, Homepage = report.Homepage,
            Stats = report.Stats, Findings = [], Notes = report.Notes,
        };
        return (JsonSerializer.Serialize(trimmed, Compact), true);
    }
}
