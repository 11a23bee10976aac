using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Audit;
using Pucha.Data.Infrastructure;
using Pucha.Testing;

namespace Pucha.Data.Tests.Infrastructure;

public sealed class ProviderSelectionTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=./data/pucha.db", DatabaseProvider.Sqlite)]
    [InlineData("DataSource=/tmp/x.db;Cache=Shared", DatabaseProvider.Sqlite)]
    [InlineData("Filename=x.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=127.0.0.1;Port=5432;Database=pucha;Username=pucha", DatabaseProvider.PostgreSql)]
    [InlineData("Server=db;Database=pucha", DatabaseProvider.PostgreSql)]
    public void Chooses_the_provider_from_the_connection_string(string? connectionString, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseProviders.Detect(connectionString));

    [Theory]
    [InlineData("Database=pucha")]
    [InlineData("not a connection string")]
    public void Refuses_what_it_cannot_recognize(string connectionString) =>
        Assert.Throws<ArgumentException>(() => DatabaseProviders.Detect(connectionString));

    [Fact]
    public void Creates_the_directory_of_a_SQLite_file()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pucha-test-" + Guid.NewGuid().ToString("N"), "nested");
        try
        {
            var prepared = SqliteConnectionStrings.Prepare($"Data Source={Path.Combine(directory, "pucha.db")}");
            Assert.True(Directory.Exists(directory));
            Assert.Equal(Path.Combine(directory, "pucha.db"), new SqliteConnectionStringBuilder(prepared).DataSource);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);
        }
    }

    [Fact]
    public async Task SQLite_connections_use_WAL_and_a_busy_timeout()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = database.CreateContext();
        await context.Database.OpenConnectionAsync();

        Assert.Equal("wal", await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync());
        Assert.Equal(SqlitePragmaInterceptor.BusyTimeoutMilliseconds,
            await context.Database.SqlQueryRaw<int>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task AddPuchaData_gives_a_context_naming_the_registered_actor(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var services = new ServiceCollection();
        services.AddScoped<IAuditActor>(_ => new TestAuditActor(5, "tester", "/1/"));
        services.AddPuchaData(database.ConnectionString);
        await using var provider_ = services.BuildServiceProvider();

        await PuchaDatabase.MigrateAsync(provider_);
        await using var scope = provider_.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();

        Assert.Equal(provider, context.Provider);
        Assert.Equal("tester", context.AuditActor.Name);
        Assert.True(await context.Regions.AnyAsync(r => r.Code == "430103"));
    }
}
