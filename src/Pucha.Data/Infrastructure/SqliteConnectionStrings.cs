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
}
