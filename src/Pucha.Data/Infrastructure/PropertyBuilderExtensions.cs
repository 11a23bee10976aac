using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pucha.Data.Infrastructure;

/// <summary>Model annotations of this project, set in the entity configurations.</summary>
public static class PropertyBuilderExtensions
{
    /// <summary>Annotation marking a property the audit log must never write (password hashes, secrets).</summary>
    public const string SensitiveAnnotation = "Pucha:Sensitive";

    /// <summary>Annotation asking for byte-order ("C") collation on PostgreSQL, so prefix ranges over paths use the index.</summary>
    public const string BinaryCollationAnnotation = "Pucha:BinaryCollation";

    /// <summary>The value never appears in the audit log, not even its old value.</summary>
    public static PropertyBuilder<T> IsSensitive<T>(this PropertyBuilder<T> builder) =>
        builder.HasAnnotation(SensitiveAnnotation, true);

    /// <summary>Compared byte by byte on every database (SQLite's default; "C" on PostgreSQL).</summary>
    public static PropertyBuilder<T> HasBinaryCollation<T>(this PropertyBuilder<T> builder) =>
        builder.HasAnnotation(BinaryCollationAnnotation, true);

    public static bool IsSensitive(this IReadOnlyProperty property) =>
        property.FindAnnotation(SensitiveAnnotation)?.Value is true;
}
