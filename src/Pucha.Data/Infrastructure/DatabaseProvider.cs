using System.Data.Common;

namespace Pucha.Data.Infrastructure;

/// <summary>The two supported databases, chosen by the shape of the connection string.</summary>
public enum DatabaseProvider
{
    Sqlite = 1,
    PostgreSql = 2,
}

/// <summary>Recognizes the provider of a connection string.</summary>
public static class DatabaseProviders
{
    /// <summary>Used when no connection string is configured: a SQLite file beside the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=./data/pucha.db";

    /// <summary>
    /// Empty or <c>Data Source=…</c>/<c>Filename=…</c> → SQLite; <c>Host=…</c>/<c>Server=…</c> → PostgreSQL.
    /// </summary>
    public static DatabaseProvider Detect(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return DatabaseProvider.Sqlite;
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"数据库连接字符串格式错误：{e.Message}", nameof(connectionString), e);
        }

        if (builder.ContainsKey("Host") || builder.ContainsKey("Server"))
        {
            return DatabaseProvider.PostgreSql;
        }

        if (builder.ContainsKey("Data Source") || builder.ContainsKey("DataSource") || builder.ContainsKey("Filename"))
        {
            return DatabaseProvider.Sqlite;
        }

        throw new ArgumentException(
            "无法识别的数据库连接字符串：SQLite 请使用 “Data Source=文件路径”，PostgreSQL 请使用 “Host=主机;Database=库名;Username=用户”。",
            nameof(connectionString));
    }
}
