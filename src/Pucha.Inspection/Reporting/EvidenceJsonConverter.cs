using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Pucha.Inspection.Reporting;

/// <summary>
/// A finding's evidence as a JSON object. The values are plain data (text, numbers, dates, lists and
/// nested evidence objects) whose types only the check that made them knows, so they are written by
/// their runtime type here rather than through reflection: the report then serializes the same way
/// in the JIT build and in the native (AOT) inspector, where reflection metadata is trimmed away.
/// Read back, the values are JSON elements (as stored runs are read by scoring).
/// </summary>
internal sealed class EvidenceJsonConverter : JsonConverter<IReadOnlyDictionary<string, object?>>
{
    // Evidence nests at most a few levels (a list of objects of lists); deeper is a bug, not data.
    private const int MaxDepth = 16;

    public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("证据应为 JSON 对象 (evidence must be a JSON object)");
        using var document = JsonDocument.ParseValue(ref reader);
        var evidence = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
            evidence[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.Clone();
        return evidence;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item, options, 1);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options, int depth)
    {
        if (depth > MaxDepth)
            throw new JsonException($"证据嵌套超过 {MaxDepth} 层 (evidence nested deeper than {MaxDepth} levels)");
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case float number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case short number: writer.WriteNumberValue(number); break;
            case byte number: writer.WriteNumberValue(number); break;
            case uint number: writer.WriteNumberValue(number); break;
            case ulong number: writer.WriteNumberValue(number); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case Uri uri: writer.WriteStringValue(uri.OriginalString); break;
            case Enum member: writer.WriteStringValue(JsonNamingPolicy.KebabCaseLower.ConvertName(member.ToString())); break;
            case JsonElement element: element.WriteTo(writer); break;
            case JsonNode node: node.WriteTo(writer, options); break;
            case IReadOnlyDictionary<string, object?> nested:
                writer.WriteStartObject();
                foreach (var (key, item) in nested)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item, options, depth + 1);
                }
                writer.WriteEndObject();
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, entry.Value, options, depth + 1);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                    WriteValue(writer, item, options, depth + 1);
                writer.WriteEndArray();
                break;
            default:
                // Other values (DateTime, DateTimeOffset, TimeSpan…) through the report's type resolver,
                // which knows them; an unknown type is an error the tests of every check would show.
                JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
                break;
        }
    }
}
