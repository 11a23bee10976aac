using System.Text;
using Npgsql;
using Pucha.Data.Infrastructure;

namespace Pucha.Tests.Census;

/// <summary>
/// Everything a thief who copies the database gets, as text to search: on SQLite the raw bytes of the
/// database file and its write-ahead log (free pages and not-yet-checkpointed pages included); on
/// PostgreSQL every row of every table in every user schema, each row cast to text.
/// </summary>
internal static class DatabaseContents
{
    public static async Task<string> DumpAsync(string connectionString)
    {
        if (DatabaseProviders.Detect(connectionString) == DatabaseProvider.PostgreSql)
            return await DumpPostgresAsync(connectionString);

        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var text = new StringBuilder();
        foreach (var path in new[] { file, file + "-wal", file + "-journal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            // Latin-1 maps every byte to one char: an ASCII secret is found wherever its bytes are.
            text.Append(Encoding.Latin1.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).Append('\n');
        }

        return text.ToString();
    }

    private static async Task<string> DumpPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        Assert.Contains(tables, t => t.EndsWith("\"MailOutbox\"", StringComparison.Ordinal));
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT t::text FROM {table} t", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                text.Append(reader.GetString(0)).Append('\n');
        }

        return text.ToString();
    }
}
