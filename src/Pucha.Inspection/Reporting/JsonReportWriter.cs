using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Reporting;

/// <summary>Writes the JSON report (docs/report-format.md): camelCase, Chinese kept readable, indented.</summary>
public static class JsonReportWriter
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Crawled text is escaped as JSON requires; CJK stays readable rather than \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<Severity>(JsonNamingPolicy.KebabCaseLower), new EvidenceJsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Compile-time metadata only (ReportJsonContext): the same path in the JIT and the native build.
        TypeInfoResolver = ReportJsonContext.Default,
    };

    private static JsonTypeInfo<InspectionReport> ReportType => (JsonTypeInfo<InspectionReport>)Options.GetTypeInfo(typeof(InspectionReport));

    public static async Task WriteAsync(InspectionReport report, Stream output, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(output, report, ReportType, cancellationToken).ConfigureAwait(false);

    public static string Write(InspectionReport report) => JsonSerializer.Serialize(report, ReportType);
}
