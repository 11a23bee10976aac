using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pucha.Core;
using Pucha.Data.Infrastructure;
using Pucha.Testing;

namespace Pucha.Data.Tests.Infrastructure;

/// <summary>
/// One mechanism for timestamps and concurrency versions: the entity says it is <see cref="IVersioned"/> or
/// <see cref="ITimestamped"/>, and the context's save stamps it; no service sets them by hand.
/// </summary>
public sealed class SaveStampTests
{
    [Fact]
    public async Task Every_concurrency_version_and_every_created_updated_pair_is_declared_by_the_marker()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var context = database.CreateContext();

        var entities = context.Model.GetEntityTypes().Where(t => !t.IsOwned()).ToList();
        Assert.NotEmpty(entities);
        foreach (var type in entities)
        {
            var version = type.FindProperty(nameof(IVersioned.Version));
            if (version is { IsConcurrencyToken: true })
                Assert.True(typeof(IVersioned).IsAssignableFrom(type.ClrType), $"{type.ClrType.Name}.Version is a concurrency token but the type is not IVersioned");
            if (type.FindProperty(nameof(ITimestamped.CreatedAt)) is not null && type.FindProperty(nameof(ITimestamped.UpdatedAt)) is not null)
                Assert.True(typeof(ITimestamped).IsAssignableFrom(type.ClrType), $"{type.ClrType.Name} has CreatedAt/UpdatedAt but is not ITimestamped");
            if (typeof(IVersioned).IsAssignableFrom(type.ClrType))
                Assert.True(version is { IsConcurrencyToken: true }, $"{type.ClrType.Name} is IVersioned but its Version is no concurrency token");
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_save_stamps_times_and_versions_and_a_stale_version_changes_nothing(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext(clock: clock);
        var tree = await CensusTree.CreateAsync(context);
        var site = CensusTree.Website(tree.Unit, 1);
        site.Version = 41;
        context.Websites.Add(site);
        await context.SaveChangesAsync();
        Assert.Equal((1, clock.GetUtcNow().UtcDateTime, clock.GetUtcNow().UtcDateTime), (site.Version, site.CreatedAt, site.UpdatedAt));

        clock.Advance(TimeSpan.FromMinutes(5));
        site.Name += "（改）";
        await context.SaveChangesAsync();
        Assert.Equal(2, site.Version);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, site.UpdatedAt);
        Assert.NotEqual(site.UpdatedAt, site.CreatedAt);

        await using var other = database.CreateContext(clock: clock);
        var stale = await other.Websites.SingleAsync(w => w.Id == site.Id);
        other.Entry(stale).Property(w => w.Version).OriginalValue = 1;
        stale.Name = "过期的修改";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => other.SaveChangesAsync());

        await using var check = database.CreateContext();
        var stored = await check.Websites.AsNoTracking().SingleAsync(w => w.Id == site.Id);
        Assert.Equal((2, site.Name), (stored.Version, stored.Name));
    }
}
