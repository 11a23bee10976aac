using Microsoft.Data.Sqlite;
using Pucha.Data;

namespace Pucha.Tests.Census;

/// <summary>A migrated SQLite file of its own in a temporary directory, deleted on dispose.</summary>
internal sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly string _directory;

    private SqliteTestDatabase(string directory)
    {
        _directory = directory;
        ConnectionString = $"Data Source={Path.Combine(directory, "pucha.db")}";
    }

    public string ConnectionString { get; }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pucha-census-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = new SqliteTestDatabase(directory);
        await using var context = database.CreateContext();
        await PuchaDatabase.MigrateAsync(context);
        return database;
    }

    public PuchaDbContext CreateContext(TimeProvider? clock = null) =>
        new(PuchaDbContextOptions.Create(ConnectionString), null, clock, Pucha.Testing.TestDatabase.OutboxCipher);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }

        return ValueTask.CompletedTask;
    }
}
