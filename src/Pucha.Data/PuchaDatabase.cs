using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Data.Regions;

namespace Pucha.Data;

/// <summary>Start-up entry point: bring the schema to the latest migration and load the divisions.</summary>
public static class PuchaDatabase
{
    /// <summary>Migrates the database of a scope created from <paramref name="services"/> and loads the divisions.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        await MigrateAsync(context, cancellationToken);
    }

    /// <summary>Applies every pending migration, then upserts the divisions. Safe to run at every start.</summary>
    public static async Task MigrateAsync(PuchaDbContext context, CancellationToken cancellationToken = default)
    {
        await context.Database.MigrateAsync(cancellationToken);
        await DivisionLoader.LoadAsync(context, cancellationToken: cancellationToken);
    }

    /// <summary>Applies migrations up to and including <paramref name="migrationId"/> only (tests of upgrades).</summary>
    public static Task MigrateToAsync(PuchaDbContext context, string migrationId, CancellationToken cancellationToken = default) =>
        context.GetService<IMigrator>().MigrateAsync(migrationId, cancellationToken: cancellationToken);
}
