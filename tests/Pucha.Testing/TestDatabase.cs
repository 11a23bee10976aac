using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Data.Infrastructure;

namespace Pucha.Testing;

/// <summary>
/// A database of its own for one test: a SQLite file in a temporary directory, or a PostgreSQL
/// database "pucha_test_&lt;guid&gt;" created on the PUCHA_TEST_PG server. Disposing deletes it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteDirectory;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteDirectory, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteDirectory = sqliteDirectory;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Connection string to give to <c>AddPuchaData</c> or <see cref="PuchaDbContextOptions.Create"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database (no tables yet).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "pucha-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            return new TestDatabase(provider, $"Data Source={Path.Combine(directory, "pucha.db")}", directory, null);
        }

        var server = TestEnvironment.PostgresConnectionString
            ?? throw new InvalidOperationException(TestEnvironment.PostgresSkipReason);
        var name = "pucha_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    /// <summary>Creates a database and applies every migration and the divisions.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await using var context = database.CreateContext();
        await PuchaDatabase.MigrateAsync(context);
        return database;
    }

    /// <summary>A new context on this database; dispose it.</summary>
    public PuchaDbContext CreateContext(IAuditActor? actor = null, TimeProvider? clock = null) =>
        new(PuchaDbContextOptions.Create(ConnectionString), actor, clock);

    /// <summary>Runs raw SQL (for tests that must bypass the model, e.g. rows written by an older version).</summary>
    public async Task ExecuteSqlAsync(string sql)
    {
        await using var context = CreateContext();
        await context.Database.ExecuteSqlRawAsync(sql);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere in the test process; the temp directory is cleaned by the OS.
            }
        }

        if (_postgresName is not null && TestEnvironment.PostgresConnectionString is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
    }
}
