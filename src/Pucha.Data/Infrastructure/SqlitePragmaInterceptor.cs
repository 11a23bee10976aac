using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pucha.Data.Infrastructure;

/// <summary>
/// Sets WAL journal mode (readers do not block the writer) and a busy timeout (a writer waits for
/// another instead of failing at once) on every SQLite connection the context opens.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for a lock held by another connection.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    public static SqlitePragmaInterceptor Instance { get; } = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite && !IsInMemory(sqlite))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite && !IsInMemory(sqlite))
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool IsInMemory(SqliteConnection connection) =>
        connection.DataSource.Length == 0 || connection.DataSource == ":memory:";
}
