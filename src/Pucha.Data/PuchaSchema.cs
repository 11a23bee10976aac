namespace Pucha.Data;

/// <summary>Names shared by the model configuration and the hand-written migrations.</summary>
public static class PuchaSchema
{
    public const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Byte-order collation of path columns on PostgreSQL: prefix ranges then match index order exactly.</summary>
    public const string PostgresBinaryCollation = "C";
}
