using Microsoft.EntityFrameworkCore;
using Pucha.Core.Columns;
using Pucha.Core.Monitoring;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;
using Pucha.Data.Monitoring;
using Pucha.Testing;

namespace Pucha.Data.Tests.Monitoring;

public sealed class ColumnListReadingStoreTests
{
    // 2026-06-30 10:00 Beijing.
    private static readonly DateTime AsOf = new(2026, 6, 30, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static async Task<(int Site, int News, int Notices, int Personnel)> SeedAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var organization = new Organization { Name = "单位", Kind = OrganizationKind.ReportingUnit, Path = "/1/" };
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();
        var site = SampleData.ValidWebsite(1, organization.Id);
        site.Columns.Clear();
        site.Columns.Add(new WebsiteColumn { Kind = ColumnKind.WorkNews, Name = "工作动态", Url = "http://a.gov.cn/gzdt/" });
        site.Columns.Add(new WebsiteColumn { Kind = ColumnKind.Notices, Name = "通知公告", Url = "http://a.gov.cn/tzgg/" });
        site.Columns.Add(new WebsiteColumn { Kind = ColumnKind.Personnel, Name = "人事信息", Url = "http://a.gov.cn/rsxx/" });
        context.Websites.Add(site);
        await context.SaveChangesAsync();
        var ids = site.Columns.OrderBy(c => c.Kind).Select(c => c.Id).ToArray();
        return (site.Id, ids[0], ids[1], ids[2]);
    }

    private static ColumnListReading Check(int column, int site, DateOnly day, bool ok, int items, DateOnly? newest, string? error = null) => new()
    {
        ColumnId = column,
        SiteId = site,
        CheckedOn = day,
        CheckedUtc = day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc),
        Ok = ok,
        ItemCount = items,
        NewestPublishedOn = newest,
        Error = error,
    };

    [Theory, SqliteData, PostgresData]
    public async Task The_newest_check_of_each_column_gives_the_sites_stale_columns_as_of_a_point(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (site, news, notices, personnel) = await SeedAsync(database);
        await using (var context = database.CreateContext())
        {
            var store = new ColumnListReadingStore(context);
            // 工作动态: fresh on 06-28 (newest 06-20), then the newest check (06-30) fails: counts carried forward.
            await store.RecordAsync(Check(news, site, Today.AddDays(-2), true, 20, new DateOnly(2026, 6, 10)));
            await store.RecordAsync(Check(news, site, Today.AddDays(-2), true, 20, new DateOnly(2026, 6, 20))); // same day: replaced
            await store.RecordAsync(Check(news, site, Today, false, 0, null, "连接超时"));
            // 通知公告: newest 2025-12-01, stale as of 06-30 (6 months: fresh until 2026-06-01).
            await store.RecordAsync(Check(notices, site, Today, true, 5, new DateOnly(2025, 12, 1)));
            // 人事信息: empty; and a check after the as-of date that must not count.
            await store.RecordAsync(Check(personnel, site, Today, true, 0, null));
            await store.RecordAsync(Check(personnel, site, Today.AddDays(1), true, 3, new DateOnly(2026, 7, 1)));
        }

        await using (var context = database.CreateContext())
        {
            var state = await new MonitoringQueries(context).ColumnsAsync(site, AsOf);

            var newsState = state.Columns.Single(c => c.ColumnId == news);
            Assert.False(newsState.LastCheckOk);
            Assert.Equal("连接超时", newsState.Error);
            Assert.Equal(20, newsState.ItemCount);
            Assert.Equal(new DateOnly(2026, 6, 20), newsState.NewestPublishedOn);
            Assert.Equal(new DateOnly(2026, 7, 4), newsState.LastFreshOn);
            Assert.Equal(new DateOnly(2026, 6, 1), state.Columns.Single(c => c.ColumnId == notices).LastFreshOn);
            Assert.Equal(["通知公告"], state.Report.Stale.Select(c => c.Name));
            Assert.Equal(["人事信息"], state.Report.Empty.Select(c => c.Name));
            Assert.Empty(state.Report.LongStale);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_purge_keeps_recent_checks_and_each_columns_newest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (site, news, notices, _) = await SeedAsync(database);
        await using var context = database.CreateContext();
        var store = new ColumnListReadingStore(context);
        for (var d = 0; d < 50; d++)
            await store.RecordAsync(Check(news, site, Today.AddDays(-d), true, 10, Today.AddDays(-d)));
        await store.RecordAsync(Check(notices, site, Today.AddDays(-60), true, 5, Today.AddDays(-90))); // checks stopped long ago

        var deleted = await store.PurgeAsync(Today, keepDays: 35);

        Assert.Equal(50 - 36, deleted);
        var left = await context.Set<ColumnListReading>().AsNoTracking().ToListAsync();
        Assert.Equal(36, left.Count(c => c.ColumnId == news));
        Assert.Single(left, c => c.ColumnId == notices);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Site_states_count_visits_updates_and_columns_per_site(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (site, news, notices, personnel) = await SeedAsync(database);
        await using (var context = database.CreateContext())
        {
            var monitoring = new MonitoringStore(context);
            // Three visits in the week: OK, then two failures (a run of 2); one visit older than 7 days.
            await monitoring.RecordVisitAsync(new ProbeVisit(site, AsOf.AddDays(-8), AsOf.AddDays(-8), 10, false, 503, "503"));
            await monitoring.RecordVisitAsync(new ProbeVisit(site, AsOf.AddHours(-3), AsOf.AddHours(-3), 10, true, 200, null));
            await monitoring.RecordVisitAsync(new ProbeVisit(site, AsOf.AddHours(-2), AsOf.AddHours(-2), 10, false, 503, "503"));
            await monitoring.RecordVisitAsync(new ProbeVisit(site, AsOf.AddHours(-1), AsOf.AddHours(-1), 10, false, null, "超时"));
            var snapshot = new HomepageSnapshot { SiteId = site, ScheduledUtc = AsOf.AddHours(-5), TakenUtc = AsOf.AddHours(-5), Ok = true, Items = 3, DatedItems = 2, CertificateNotAfterUtc = AsOf.AddDays(20) };
            Assert.True(await new HomepageSnapshotStore(context).RecordAsync(snapshot,
            [
                new HomepageItem("http://a.gov.cn/1.html", "新闻一", new DateOnly(2026, 6, 29), AsOf.AddHours(-5)),
                new HomepageItem("http://a.gov.cn/2.html", "新闻二", new DateOnly(2026, 5, 1), AsOf.AddHours(-5)),
                new HomepageItem("http://a.gov.cn/3.html", "新闻三", null, AsOf.AddHours(-5)),
            ]));
            Assert.Equal(3, snapshot.NewItems);
            var columns = new ColumnListReadingStore(context);
            await columns.RecordAsync(Check(news, site, Today, true, 20, new DateOnly(2026, 6, 1)));
            await columns.RecordAsync(Check(notices, site, Today, true, 5, new DateOnly(2026, 6, 1)));
            await columns.RecordAsync(Check(personnel, site, Today, true, 0, null));
        }

        await using (var context = database.CreateContext())
        {
            var state = Assert.Single(await new MonitoringQueries(context).SiteStatesAsync(context.Websites, AsOf));

            Assert.Equal(3, state.Visits7Days);
            Assert.Equal(2, state.Failures7Days);
            Assert.Equal(66.67m, state.FailurePercent7Days);
            Assert.Equal(AsOf.AddHours(-1), state.LastProbeUtc);
            Assert.False(state.LastProbeOk);
            Assert.Equal(2, state.ConsecutiveFailures);
            Assert.Equal(1, state.HomepageUpdates14Days);
            Assert.Equal(AsOf.AddHours(-5), state.LastSnapshotUtc);
            Assert.Equal(AsOf.AddDays(20), state.CertificateNotAfterUtc);
            Assert.Equal(3, state.CheckedColumns);
            Assert.Equal(1, state.StaleColumns);
            Assert.Equal(1, state.EmptyColumns);
        }
    }
}
