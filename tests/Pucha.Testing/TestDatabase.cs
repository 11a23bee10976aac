using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Data.Infrastructure;
using Pucha.Data.Mail;

namespace Pucha.Testing;

/// <summary>
/// A database of its own for one test: a SQLite file in a temporary directory, or a PostgreSQL
/// database "pucha_test_&lt;guid&gt;" created on the PUCHA_TEST_PG server. Disposing deletes it.
/// Migrated databases are copied from a template migrated once per test process (a file copy on
/// SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL), so a test pays milliseconds, not seconds.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;

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
    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) => CreateAsync(provider, template: null);

    /// <summary>Creates a database with every migration applied and the divisions loaded.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var template = await MigratedTemplateAsync(provider);
        return await CreateAsync(provider, template);
    }

    /// <summary>The outbox key of contexts made by <see cref="CreateContext"/> (one per test process; the platform under test has its own).</summary>
    public static OutboxBodyCipher OutboxCipher { get; } = OutboxBodyCipher.CreateRandom();

    /// <summary>A new context on this database; dispose it.</summary>
    public PuchaDbContext CreateContext(IAuditActor? actor = null, TimeProvider? clock = null) =>
        new(PuchaDbContextOptions.Create(ConnectionString), actor, clock, OutboxCipher);

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
            DeleteDirectory(_sqliteDirectory);
        }

        if (_postgresName is not null)
        {
            await DropPostgresDatabaseAsync(_postgresName);
        }
    }

    private static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string? template)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "pucha-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var file = Path.Combine(directory, "pucha.db");
            if (template is not null)
            {
                File.Copy(template, file);
            }

            return new TestDatabase(provider, $"Data Source={file}", directory, null);
        }

        var name = "pucha_test_" + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync(template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    // The template: migrated once, then left without connections so it can be copied.
    private static async Task<string> MigratedTemplateAsync(DatabaseProvider provider)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (provider == DatabaseProvider.Sqlite && _sqliteTemplate is not null)
            {
                return _sqliteTemplate;
            }

            if (provider == DatabaseProvider.PostgreSql && _postgresTemplate is not null)
            {
                return _postgresTemplate;
            }

            var database = await CreateAsync(provider, template: null);
            await using (var context = database.CreateContext())
            {
                await PuchaDatabase.MigrateAsync(context);
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) => database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (provider == DatabaseProvider.Sqlite)
            {
                // Closing the last connection checkpoints the WAL into the file, so the file alone is the database.
                SqliteConnection.ClearAllPools();
                return _sqliteTemplate = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            }

            NpgsqlConnection.ClearAllPools();
            return _postgresTemplate = database._postgresName!;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static string ServerConnectionString =>
        TestEnvironment.PostgresConnectionString ?? throw new InvalidOperationException(TestEnvironment.PostgresSkipReason);

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task DropPostgresDatabaseAsync(string name)
    {
        if (TestEnvironment.PostgresConnectionString is null)
        {
            return;
        }

        // Only this database's pooled connections are closed: other tests run in parallel.
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        NpgsqlConnection.ClearPool(new NpgsqlConnection(builder.ConnectionString));
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void DeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere in the test process; the temporary directory is left to the OS.
        }
    }
}
