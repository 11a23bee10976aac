using Microsoft.Data.Sqlite;

namespace Pucha.Data.Infrastructure;

/// <summary>Completes a SQLite connection string and creates the directory of its file.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>
    /// The default file when empty; a relative path is resolved against the current directory; the
    /// file's directory is created so a fresh install starts without manual steps.
    /// </summary>
    public static string Prepare(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? DatabaseProviders.DefaultSqliteConnectionString : connectionString);
        var dataSource = builder.DataSource;
        var inMemory = builder.Mode == SqliteOpenMode.Memory
            || dataSource.Length == 0
            || string.Equals(dataSource, ":memory:", StringComparison.OrdinalIgnoreCase);
        if (!inMemory)
        {
            var fullPath = Path.GetFullPath(dataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            builder.DataSource = fullPath;
        }

        return builder.ToString();
    }

    /// <summary>
    /// The platform's data directory: the folder of the SQLite file, or ./data under the current
    /// directory for PostgreSQL and in-memory databases. Local files that belong with the data (the
    /// outbox key) default to it.
    /// </summary>
    public static string DataDirectory(string? connectionString)
    {
        var fallback = Path.GetFullPath("data");
        if (DatabaseProviders.Detect(connectionString) != DatabaseProvider.Sqlite)
            return fallback;
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? DatabaseProviders.DefaultSqliteConnectionString : connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource.Length == 0
            || string.Equals(builder.DataSource, ":memory:", StringComparison.OrdinalIgnoreCase)
            ? fallback
            : Path.GetDirectoryName(Path.GetFullPath(builder.DataSource))!;
    }
}
