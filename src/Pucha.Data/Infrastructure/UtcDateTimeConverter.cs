using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Pucha.Data.Infrastructure;

/// <summary>
/// Every DateTime in the model is UTC. SQLite hands back Kind=Unspecified and PostgreSQL's
/// timestamptz refuses non-UTC values: this converter makes both sides say UTC.
/// (DateTime rather than DateTimeOffset because EF's SQLite provider cannot order or compare DateTimeOffset.)
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
