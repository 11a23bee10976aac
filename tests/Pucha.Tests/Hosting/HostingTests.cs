using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pucha.Core.Accounts;
using Pucha.Data.Infrastructure;
using Pucha.Hosting;
using Pucha.Testing;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Hosting;

/// <summary>The platform as an operator starts it: health, assets without CDN, OpenAPI, the first administrator.</summary>
public sealed class HostingTests(SqlitePlatformFixture platform) : IClassFixture<SqlitePlatformFixture>
{
    [Fact]
    public async Task HealthzAnswersWhenTheDatabaseDoes()
    {
        using var client = platform.CreateClient();
        using var response = await client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task BootstrapIsServedByThePlatformItself()
    {
        using var client = platform.CreateClient();
        var login = await client.GetPageAsync("Account/Login");
        Assert.Contains("/lib/bootstrap/css/bootstrap.min.css", login);
        Assert.DoesNotContain("//cdn", login);
        using var css = await client.GetAsync("lib/bootstrap/css/bootstrap.min.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("Bootstrap  v5.3", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheApi()
    {
        using var client = platform.CreateClient();
        var document = await client.Http.GetFromJsonAsync<JsonObject>("openapi/v1.json");
        var paths = document!["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/v1/websites"));
        Assert.True(paths.ContainsKey("/api/v1/websites/{id}"));
        Assert.True(paths.ContainsKey("/api/v1/organizations"));
        Assert.NotNull(paths["/api/v1/websites/{id}"]!["put"]!["responses"]!["409"]);
    }

    [Fact]
    public async Task ApiWithoutSessionAnswers401()
    {
        using var client = platform.CreateClient();
        using var response = await client.GetAsync("api/v1/websites");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAPasswordTheAdministratorGetsAOneTimePasswordPrintedOnce()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var console = new StringWriter();
        PlatformOptions Options() => new()
        {
            Urls = "http://127.0.0.1:0", ConnectionString = database.ConnectionString, Console = console,
            PasswordIterations = PasswordHasher.MinimumIterations, MinimumLogLevel = LogLevel.Warning,
        };

        string password;
        await using (var app = PlatformHost.Build(Options()))
        {
            await app.StartAsync();
            var printed = System.Text.RegularExpressions.Regex.Match(console.ToString(), "一次性初始密码：(\\S+)");
            Assert.True(printed.Success, console.ToString());
            password = printed.Groups[1].Value;
            Assert.True(PasswordPolicy.IsAcceptable(password, "admin"));

            using var client = new PlatformClient(new Uri(app.Urls.Single() + "/"));
            using var login = await client.LoginAsync("admin", password);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            using var gated = await client.GetAsync("Websites");
            Assert.Equal("/Account/ChangePassword", gated.Headers.Location!.OriginalString);
            await app.StopAsync();
        }

        // A second start on the same database creates nothing and prints nothing.
        var before = console.ToString().Length;
        await using (var again = PlatformHost.Build(Options()))
        {
            await again.StartAsync();
            await again.StopAsync();
        }
        Assert.DoesNotContain("一次性初始密码", console.ToString()[before..]);
    }

    [Fact]
    public async Task ASqliteDatabaseWithoutStatisticsIsAnalyzedBeforeTheFirstRequest()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (var context = database.CreateContext())
        {
            var unit = new Pucha.Core.Organizations.Organization { Name = "单位", Kind = Pucha.Core.Organizations.OrganizationKind.ReportingUnit, Path = "/9/" };
            context.Organizations.Add(unit);
            await context.SaveChangesAsync();
            context.Websites.AddRange(Enumerable.Range(1, 3).Select(n => SampleData.ValidWebsite(n, unit.Id, "/9/")));
            await context.SaveChangesAsync();
        }

        async Task<int> StatisticsRows()
        {
            await using var context = database.CreateContext();
            var hasTable = await context.Database.SqlQueryRaw<int>(
                "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync() > 0;
            return hasTable
                ? await context.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'Websites'").SingleAsync()
                : 0;
        }

        Assert.Equal(0, await StatisticsRows());
        var options = new PlatformOptions
        {
            Urls = "http://127.0.0.1:0", ConnectionString = database.ConnectionString, AdminPassword = "Pucha#Admin2026",
            PasswordIterations = PasswordHasher.MinimumIterations, MinimumLogLevel = LogLevel.Warning, Monitoring = false,
        };
        await using var app = PlatformHost.Build(options);
        await app.StartAsync();
        // StartAsync returns once Kestrel listens: the statistics are there before anyone could ask.
        Assert.True(await StatisticsRows() > 0);
        await app.StopAsync();
    }

    [Fact]
    public async Task AnAdministratorPasswordBreakingThePolicyStopsTheStart()
    {
        var options = new PlatformOptions { Urls = "http://127.0.0.1:0", ConnectionString = "Data Source=:memory:", AdminPassword = "admin" };
        await using var app = PlatformHost.Build(options);
        var error = await Assert.ThrowsAsync<PlatformStartupException>(() => app.StartAsync());
        Assert.Contains("PUCHA_ADMIN_PASSWORD", error.Message);
    }
}

/// <summary>/healthz answers 503 when the database is gone (PostgreSQL: the database is dropped under the running platform).</summary>
public sealed class HealthOnPostgres(PostgresPlatformFixture platform) : IClassFixture<PostgresPlatformFixture>, IPostgresTests
{
    [DatabaseFact]
    public async Task HealthzAnswers503WhenTheDatabaseIsUnreachable()
    {
        using var client = platform.CreateClient();
        using (var up = await client.GetAsync("healthz"))
            Assert.Equal(HttpStatusCode.OK, up.StatusCode);

        var name = new NpgsqlConnectionStringBuilder(platform.ConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using (var server = new NpgsqlConnection(TestEnvironment.PostgresConnectionString))
        {
            await server.OpenAsync();
            await using var rename = new NpgsqlCommand($"ALTER DATABASE \"{name}\" RENAME TO \"{name}_away\"", server);
            await using var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'", server);
            await terminate.ExecuteNonQueryAsync();
            await rename.ExecuteNonQueryAsync();
        }

        try
        {
            NpgsqlConnection.ClearAllPools();
            using var down = await client.GetAsync("healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        }
        finally
        {
            await using var server = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await server.OpenAsync();
            await using var back = new NpgsqlCommand($"ALTER DATABASE \"{name}_away\" RENAME TO \"{name}\"", server);
            await back.ExecuteNonQueryAsync();
        }
    }
}
