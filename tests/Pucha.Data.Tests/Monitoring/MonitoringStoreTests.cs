using Microsoft.EntityFrameworkCore;
using Pucha.Core.Monitoring;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;
using Pucha.Data.Monitoring;
using Pucha.Testing;

namespace Pucha.Data.Tests.Monitoring;

public sealed class MonitoringStoreTests
{
    private static readonly DateTime Day1 = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    internal static async Task<int[]> SeedSitesAsync(TestDatabase database, int count)
    {
        await using var context = database.CreateContext();
        var organization = new Organization { Name = "单位", Kind = OrganizationKind.ReportingUnit, Path = "/1/" };
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();
        var sites = Enumerable.Range(1, count).Select(n => SampleData.ValidWebsite(n, organization.Id)).ToList();
        context.Websites.AddRange(sites);
        await context.SaveChangesAsync();
        return sites.Select(s => s.Id).ToArray();
    }

    private static ProbeVisit Visit(int site, DateTime at, bool ok = true, string? reason = null) =>
        new(site, at, at.AddMilliseconds(5), ok ? 120 : 15_000, ok, ok ? 200 : null, ok ? null : reason ?? "15秒内未打开");

    [Theory, SqliteData, PostgresData]
    public async Task A_slot_is_stored_once_however_often_it_is_recorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var site = (await SeedSitesAsync(database, 1))[0];
        await using var context = database.CreateContext();
        var store = new MonitoringStore(context);
        var at = Day1.AddHours(3).AddSeconds(17);

        Assert.True(await store.RecordVisitAsync(Visit(site, at, ok: false, reason: "连接被拒绝")));
        Assert.False(await store.RecordVisitAsync(Visit(site, at)));
        Assert.True(await store.RecordVisitAsync(Visit(site, at.AddHours(1))));

        var visits = await store.VisitsAsync(site, MonitoringWindow.EndingAt(Day1.AddDays(1), TimeSpan.FromDays(1)));
        Assert.Equal(2, visits.Count);
        Assert.Equal(Visit(site, at, ok: false, reason: "连接被拒绝"), visits[0]);
        Assert.Equal(DateTimeKind.Utc, visits[0].ScheduledUtc.Kind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Concurrent_writers_of_the_same_slots_store_each_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var site = (await SeedSitesAsync(database, 1))[0];
        var slots = Enumerable.Range(0, 50).Select(i => Day1.AddMinutes(i)).ToList();

        var stored = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var context = database.CreateContext();
            var store = new MonitoringStore(context);
            var count = 0;
            foreach (var at in slots)
                count += await store.RecordVisitAsync(Visit(site, at)) ? 1 : 0;
            return count;
        }));

        Assert.Equal(50, stored.Sum());
        await using var check = database.CreateContext();
        Assert.Equal(50, await check.Set<ProbeVisit>().CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Reasons_titles_and_urls_are_cut_to_their_limits(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var site = (await SeedSitesAsync(database, 1))[0];
        await using var context = database.CreateContext();
        var store = new MonitoringStore(context);

        await store.RecordVisitAsync(Visit(site, Day1, ok: false, reason: new string('错', 500)));
        await store.RecordSightingsAsync(site, [new HomepageItem("http://x/" + new string('a', 3000), new string('标', 400), null, Day1)]);

        var visit = Assert.Single(await store.VisitsAsync(site, MonitoringWindow.EndingAt(Day1.AddDays(1), TimeSpan.FromDays(2))));
        Assert.Equal(ProbeVisit.MaxReasonLength, visit.Reason!.Length);
        var item = Assert.Single(await store.SightingsAsync(site, Day1.AddDays(1)));
        Assert.Equal(HomepageItem.MaxUrlLength, item.Url.Length);
        Assert.Equal(HomepageItem.MaxTitleLength, item.Title.Length);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_homepage_item_keeps_the_time_it_was_first_seen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var site = (await SeedSitesAsync(database, 1))[0];
        await using var context = database.CreateContext();
        var store = new MonitoringStore(context);
        var morning = new HomepageItem("http://gov/a.html", "关于开展普查的通知", new DateOnly(2026, 4, 1), Day1.AddHours(2));

        Assert.Equal(2, await store.RecordSightingsAsync(site, [morning, new HomepageItem("http://gov/b.html", "无日期", null, Day1.AddHours(2))]));
        Assert.Equal(1, await store.RecordSightingsAsync(site,
        [
            morning with { FirstSeenUtc = Day1.AddHours(8) },
            morning with { PublishedOn = new DateOnly(2026, 4, 2), FirstSeenUtc = Day1.AddHours(8) }, // re-dated: another item
        ]));

        var items = await store.SightingsAsync(site, Day1.AddDays(1));
        Assert.Equal(3, items.Count);
        Assert.Equal(morning, items[0]);
        Assert.Null(items[1].PublishedOn);
        Assert.Empty(await store.SightingsAsync(site, Day1.AddHours(2)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Roll_up_counts_each_day_and_purge_keeps_the_counts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var sites = await SeedSitesAsync(database, 2);
        await using var context = database.CreateContext();
        var store = new MonitoringStore(context);
        // Site A: 24 visits a day for 3 days, 2 failures on the first day; site B: 20 on the first day.
        for (var day = 0; day < 3; day++)
            for (var hour = 0; hour < 24; hour++)
                await store.RecordVisitAsync(Visit(sites[0], Day1.AddDays(day).AddHours(hour).AddSeconds(7), ok: !(day == 0 && hour < 2)));
        for (var i = 0; i < 20; i++)
            await store.RecordVisitAsync(Visit(sites[1], Day1.AddMinutes(i * 72)));

        await store.RollUpAsync(Day1.AddDays(2));
        await store.RollUpAsync(Day1.AddDays(2)); // repeating changes nothing

        var days = await store.DaysAsync(sites[0], new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10));
        Assert.Equal([(new DateOnly(2026, 4, 1), 24, 2), (new DateOnly(2026, 4, 2), 24, 0)], days.Select(d => (d.Day, d.Visits, d.Failures)));
        Assert.Equal(20, Assert.Single(await store.DaysAsync(sites[1], new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10))).Visits);

        // Ten days later, keeping 8 days: 1 and 2 April are purged, 3 April is kept raw (and rolled up).
        var deleted = await store.PurgeRawVisitsAsync(Day1.AddDays(10).AddHours(5), keepDays: 8);

        Assert.Equal(24 + 24 + 20, deleted);
        Assert.Equal(24, await context.Set<ProbeVisit>().CountAsync());
        days = await store.DaysAsync(sites[0], new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10));
        Assert.Equal([24, 24], days.Select(d => d.Visits));

        // A late duplicate of a purged slot cannot shrink the day's counts.
        await store.RecordVisitAsync(Visit(sites[0], Day1.AddHours(5).AddSeconds(7)));
        await store.RollUpAsync(Day1.AddDays(3));
        days = await store.DaysAsync(sites[0], new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10));
        Assert.Equal([(24, 2), (24, 0), (24, 0)], days.Select(d => (d.Visits, d.Failures)));
    }

    [Theory, SqliteData]
    public async Task Purge_refuses_to_keep_less_than_the_availability_window(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new MonitoringStore(context).PurgeRawVisitsAsync(Day1, keepDays: 7));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Deleting_a_website_deletes_its_monitoring_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var site = (await SeedSitesAsync(database, 1))[0];
        await using var context = database.CreateContext();
        var store = new MonitoringStore(context);
        await store.RecordVisitAsync(Visit(site, Day1));
        await store.RecordSightingsAsync(site, [new HomepageItem("http://gov/a", "a", null, Day1)]);
        await store.RollUpAsync(Day1.AddDays(1));

        await context.Websites.Where(w => w.Id == site).ExecuteDeleteAsync();

        Assert.Equal(0, await context.Set<ProbeVisit>().CountAsync());
        Assert.Equal(0, await context.Set<ProbeDay>().CountAsync());
        Assert.Equal(0, await context.Set<HomepageSighting>().CountAsync());
    }
}
