using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Pucha.Hosting;

namespace Pucha.Tests.Infrastructure;

/// <summary>
/// The real platform on Kestrel at 127.0.0.1 (a free port) over a fresh database of its own, one per
/// test class. Subclasses pick the database.
/// </summary>
public abstract class PlatformFixture : IAsyncLifetime
{
    /// <summary>The password `admin` starts with (it must still be changed at first login).</summary>
    public const string AdminInitialPassword = "Pucha#Init2026";

    private WebApplication? _app;

    public TestClock Clock { get; } = new();
    public StringWriter Console { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("platform not started");
    public bool Started => _app is not null;

    protected abstract Task<DatabaseSetting?> CreateDatabaseAsync();
    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var database = await CreateDatabaseAsync();
        if (database is null)
            return; // skipped: the tests of this class are reported as skipped by DatabaseFact
        _app = PlatformHost.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            Database = database,
            AdminPassword = AdminInitialPassword,
            Console = Console,
            Clock = Clock,
            MinimumLogLevel = LogLevel.Warning,
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single().TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await DropDatabaseAsync();
    }

    public PlatformClient CreateClient() => new(BaseAddress);
}

public sealed class SqlitePlatformFixture : PlatformFixture
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pucha-tests", Guid.NewGuid().ToString("N"));

    protected override Task<DatabaseSetting?> CreateDatabaseAsync() =>
        Task.FromResult<DatabaseSetting?>(DatabaseSetting.Sqlite(Path.Combine(_directory, "pucha.db")));

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class PostgresPlatformFixture : PlatformFixture
{
    private string? _connectionString;

    protected override async Task<DatabaseSetting?> CreateDatabaseAsync()
    {
        if (PostgresServer.ConnectionString is null)
            return null;
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        return new DatabaseSetting(DatabaseProvider.PostgreSql, _connectionString);
    }

    protected override Task DropDatabaseAsync() =>
        _connectionString is null ? Task.CompletedTask : PostgresServer.DropDatabaseAsync(_connectionString);
}
