using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Reporting;

/// <summary>
/// The report's JSON metadata, generated at compile time: the native inspector (Native AOT) has no
/// reflection to discover it, and the JIT build uses the same metadata so both write the same bytes.
/// Evidence values are written by <see cref="EvidenceJsonConverter"/>; the scalar types listed here are
/// the ones it hands back to the resolver.
/// </summary>
[JsonSerializable(typeof(InspectionReport))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(List<Finding>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, object?>))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(DateTime))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(TimeSpan))]
[JsonSerializable(typeof(Guid))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
