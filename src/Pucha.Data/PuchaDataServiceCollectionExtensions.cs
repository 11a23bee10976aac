using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pucha.Core.Audit;
using Pucha.Data.Infrastructure;

namespace Pucha.Data;

public static class PuchaDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PuchaDbContext"/> (scoped) for the database named by
    /// <paramref name="connectionString"/>: empty or <c>Data Source=…</c> → SQLite (default
    /// ./data/pucha.db), <c>Host=…</c> → PostgreSQL. The context names the scoped
    /// <see cref="IAuditActor"/> in the audit log; register your own before or after this call
    /// (the default is <see cref="SystemAuditActor"/>).
    /// </summary>
    public static IServiceCollection AddPuchaData(this IServiceCollection services, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        var provider = DatabaseProviders.Detect(connectionString);
        var prepared = provider == DatabaseProvider.Sqlite ? SqliteConnectionStrings.Prepare(connectionString) : connectionString!;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActor>(_ => SystemAuditActor.Instance);
        services.AddDbContext<PuchaDbContext>(options => PuchaDbContextOptions.Configure(options, provider, prepared));
        return services;
    }
}
