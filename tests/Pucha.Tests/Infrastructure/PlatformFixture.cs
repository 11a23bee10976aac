using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Pucha.Core.Accounts;
using Pucha.Data.Infrastructure;
using Pucha.Hosting;
using Pucha.Testing;

namespace Pucha.Tests.Infrastructure;

/// <summary>
/// The real platform on Kestrel at 127.0.0.1 (a free port) over a fresh database of its own, one per
/// test class. Subclasses pick SQLite or PostgreSQL.
/// </summary>
public abstract class PlatformFixture : IAsyncLifetime
{
    /// <summary>The password `admin` starts with (it must still be changed at first login).</summary>
    public const string AdminInitialPassword = "Pucha#Init2026";

    private WebApplication? _app;
    private TestDatabase? _database;

    protected abstract DatabaseProvider Provider { get; }

    public TestClock Clock { get; } = new();
    public StringWriter Console { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("platform not started");
    public string ConnectionString => SharedConnectionString ?? _database?.ConnectionString ?? throw new InvalidOperationException("no database");

    /// <summary>Another fixture's database to run on, as a second web node (left to that fixture to delete); null: a fresh database of its own.</summary>
    public string? SharedConnectionString { get; init; }

    public virtual async Task InitializeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql && TestEnvironment.PostgresSkipReason is not null)
            return; // the tests of this class are reported as skipped by [DatabaseFact]
        if (SharedConnectionString is null)
            _database = await TestDatabase.CreateAsync(Provider);
        _app = PlatformHost.Build(new PlatformOptions
        {
            Urls = "http://127.0.0.1:0",
            ConnectionString = ConnectionString,
            AdminPassword = AdminInitialPassword,
            Console = Console,
            Clock = Clock,
            PasswordIterations = PasswordHasher.MinimumIterations,
            MinimumLogLevel = LogLevel.Warning,
            Monitoring = false,
            Settings = Settings,
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single().TrimEnd('/') + "/");
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_database is not null)
            await _database.DisposeAsync();
        if (Directory.Exists(KeyDirectory))
            Directory.Delete(KeyDirectory, recursive: true);
    }

    /// <summary>
    /// Configuration laid over the platform's defaults; subclasses add their own (an SMTP server, limits).
    /// Inspections may reach loopback only; 校验码 hashes use the Core's minimum iterations to keep approvals quick.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // Inspections in these tests visit loopback test sites only.
        ["Inspection:AllowNetworks:0"] = "127.0.0.0/8",
        ["Census:CheckCodeHashIterations"] = Pucha.Core.Census.CheckCodeHasher.MinimumIterations.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // On SQLite the outbox key goes beside the database file (the default); PostgreSQL has no such folder.
        ["Mail:Outbox:KeyFile"] = Provider == DatabaseProvider.PostgreSql ? Path.Combine(KeyDirectory, "outbox.key") : "",
    };

    /// <summary>A temporary folder for files the platform keeps outside its database (deleted on dispose).</summary>
    protected string KeyDirectory { get; } = Path.Combine(Path.GetTempPath(), "pucha-platform-" + Guid.NewGuid().ToString("N"));

    public PlatformClient CreateClient() => new(BaseAddress);

    private readonly SemaphoreSlim _censusLock = new(1, 1);
    private SampleTree? _census;

    /// <summary>The census tree of <see cref="Infrastructure.SampleTree"/>, built once per fixture on first use.</summary>
    public async Task<SampleTree> CensusAsync()
    {
        await _censusLock.WaitAsync();
        try
        {
            return _census ??= await Infrastructure.SampleTree.CreateAsync(this);
        }
        finally
        {
            _censusLock.Release();
        }
    }
}

public sealed class SqlitePlatformFixture : PlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPlatformFixture : PlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
