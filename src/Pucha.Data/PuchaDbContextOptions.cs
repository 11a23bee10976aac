using Microsoft.EntityFrameworkCore;
using Pucha.Data.Infrastructure;

namespace Pucha.Data;

/// <summary>Builds context options for a connection string, for DI and for code that creates contexts itself (tests, benchmarks, CLI).</summary>
public static class PuchaDbContextOptions
{
    /// <summary>Longest a single command may run before it is abandoned.</summary>
    public const int CommandTimeoutSeconds = 60;

    /// <summary>Options for <paramref name="connectionString"/> (provider detected as in <see cref="PuchaDataServiceCollectionExtensions.AddPuchaData"/>).</summary>
    public static DbContextOptions<PuchaDbContext> Create(string? connectionString)
    {
        var provider = DatabaseProviders.Detect(connectionString);
        var prepared = provider == DatabaseProvider.Sqlite ? SqliteConnectionStrings.Prepare(connectionString) : connectionString!;
        var builder = new DbContextOptionsBuilder<PuchaDbContext>();
        Configure(builder, provider, prepared);
        return builder.Options;
    }

    internal static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string preparedConnectionString)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(preparedConnectionString, o => o.CommandTimeout(CommandTimeoutSeconds));
        }
        else
        {
            builder.UseSqlite(preparedConnectionString, o => o.CommandTimeout(CommandTimeoutSeconds));
        }
    }
}
