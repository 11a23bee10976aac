using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pucha.Inspection.Reporting;

/// <summary>Writes the JSON report (docs/report-format.md): camelCase, Chinese kept readable, indented.</summary>
public static class JsonReportWriter
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Crawled text is escaped as JSON requires; CJK stays readable rather than \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task WriteAsync(InspectionReport report, Stream output, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(output, report, Options, cancellationToken).ConfigureAwait(false);

    public static string Write(InspectionReport report) => JsonSerializer.Serialize(report, Options);
}
