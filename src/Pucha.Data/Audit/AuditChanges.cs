using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pucha.Core.Audit;
using Pucha.Data.Infrastructure;

namespace Pucha.Data.Audit;

/// <summary>Writes the {"Field": {"old": …, "new": …}} JSON of an entity entry, leaving sensitive properties out.</summary>
internal static class AuditChanges
{
    public static string? Describe(EntityEntry entry, EntityState state)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            var any = false;
            foreach (var property in entry.Properties)
            {
                var metadata = property.Metadata;
                if (metadata.IsSensitive() || metadata.IsShadowProperty() && metadata.IsForeignKey())
                {
                    continue;
                }

                var oldValue = state == EntityState.Added ? null : property.OriginalValue;
                var newValue = state == EntityState.Deleted ? null : property.CurrentValue;
                if (state == EntityState.Modified && (!property.IsModified || Equals(oldValue, newValue)))
                {
                    continue;
                }

                if (state == EntityState.Added && newValue is null)
                {
                    continue;
                }

                json.WriteStartObject(metadata.Name);
                WriteValue(json, "old", oldValue);
                WriteValue(json, "new", newValue);
                json.WriteEndObject();
                any = true;
            }

            json.WriteEndObject();
            json.Flush();
            if (!any)
            {
                return null;
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string s:
                json.WriteString(name, s.Length <= AuditLimits.MaxValueLength ? s : string.Concat(s.AsSpan(0, AuditLimits.MaxValueLength), "…"));
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case int or long or short or byte or decimal or double or float:
                json.WriteNumber(name, Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case DateTime dt:
                json.WriteString(name, DateTime.SpecifyKind(dt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateOnly d:
                json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                json.WriteString(name, e.ToString());
                break;
            default:
                json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
