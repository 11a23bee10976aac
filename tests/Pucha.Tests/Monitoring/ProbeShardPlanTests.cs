using Pucha.Core.Campaigns;
using Pucha.Core.Monitoring;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;
using Pucha.Data.Monitoring;
using Pucha.Features.Monitoring;
using Pucha.Testing;

namespace Pucha.Tests.Monitoring;

/// <summary>
/// What a shard's firing visits, read from the database for a given window (the firing's scheduled
/// time is the controlled clock): only its own sites, each at its effective cadence, without the
/// slots already stored.
/// </summary>
public sealed class ProbeShardPlanTests
{
    private static readonly DateTime Day = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);
    private static readonly EffectiveCadence Global = new(24, 4, 1);

    private static async Task<(int[] Sites, string CountyPath)> SeedAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var province = new Organization { Name = "湖南省人民政府办公厅", Kind = OrganizationKind.ProvincialGovernmentOffice, Path = "/1/" };
        var county = new Organization { Name = "长沙市天心区人民政府办公室", Kind = OrganizationKind.CountyGovernmentOffice, Path = "/1/2/" };
        context.Organizations.AddRange(province, county);
        await context.SaveChangesAsync();
        var sites = Enumerable.Range(1, 6).Select(n => SampleData.ValidWebsite(n, n <= 3 ? county.Id : province.Id, n <= 3 ? "/1/2/" : "/1/")).ToList();
        context.Websites.AddRange(sites);
        await context.SaveChangesAsync();
        return (sites.Select(s => s.Id).ToArray(), "/1/2/");
    }

    private static async Task<Dictionary<int, int>> SlotsPerSiteAsync(TestDatabase database, int shard, int shards, DateTime start, DateTime end)
    {
        await using var context = database.CreateContext();
        var plan = await ProbeShardPlan.LoadAsync(context, shard, shards, start, end, Global, default);
        Assert.Equal(plan.OrderBy(p => p.Slot.ScheduledUtc).Select(p => p.Slot), plan.Select(p => p.Slot)); // in time order
        Assert.All(plan, p => Assert.InRange(p.Slot.ScheduledUtc, start, end.AddTicks(-1)));
        return plan.GroupBy(p => p.Slot.SiteId).ToDictionary(g => g.Key, g => g.Count());
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_shard_plans_its_own_sites_slots_and_skips_those_already_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (sites, _) = await SeedAsync(database);
        var start = Day.AddHours(9);
        var end = start.AddHours(2);

        var shard0 = await SlotsPerSiteAsync(database, 0, 2, start, end);
        var shard1 = await SlotsPerSiteAsync(database, 1, 2, start, end);
        Assert.Equal(sites.Where(s => s % 2 == 0).Order(), shard0.Keys.Order());
        Assert.Equal(sites.Where(s => s % 2 == 1).Order(), shard1.Keys.Order());
        Assert.All(shard0.Values.Concat(shard1.Values), count => Assert.Equal(2, count)); // 24 a day: one an hour

        // A recovered firing re-reads the window: the slot stored by the dead worker is not visited again.
        var site = sites.First(s => s % 2 == 0);
        var stored = ProbeSchedule.SlotsBetween(site, start, end, 24).First();
        await using (var context = database.CreateContext())
            Assert.True(await new MonitoringStore(context).RecordVisitAsync(new ProbeVisit(site, stored.ScheduledUtc, stored.ScheduledUtc, 20, true, 200, null)));
        Assert.Equal(1, (await SlotsPerSiteAsync(database, 0, 2, start, end))[site]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_site_override_and_a_running_campaign_change_the_slots_the_shard_runs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (sites, countyPath) = await SeedAsync(database);
        var start = Day.AddHours(9);
        var end = start.AddDays(1);

        Assert.All((await SlotsPerSiteAsync(database, 0, 1, start, end)).Values, count => Assert.Equal(24, count));

        // A province campaign running today sets 30 a day for its subtree; the county's site 1 sets 48 itself.
        await using (var context = database.CreateContext())
        {
            var today = CampaignCalendar.DayOf(new DateTimeOffset(start));
            context.Add(new Campaign
            {
                Name = "湖南省政府网站普查", OrganizerId = context.Organizations.Single(o => o.Path == "/1/").Id, OrganizerPath = "/1/",
                SurveyStart = today.AddDays(-5), SurveyEnd = today.AddDays(5), RectificationStart = today.AddDays(6), RectificationEnd = today.AddDays(10),
                SpotCheckStart = today.AddDays(11), SpotCheckEnd = today.AddDays(15), BulletinStart = today.AddDays(16), BulletinEnd = today.AddDays(20),
                SubmissionDeadline = today, CountyReviewDeadline = today, CityReviewDeadline = today, ProvinceReviewDeadline = today,
                ProbesPerDay = 30, Version = 1,
            });
            context.Add(new SiteCadence { WebsiteId = sites[0], ProbesPerDay = 48, OrganizationPath = countyPath, UpdatedUtc = start });
            await context.SaveChangesAsync();
        }

        var slots = await SlotsPerSiteAsync(database, 0, 1, start, end);
        Assert.Equal(48, slots[sites[0]]);
        Assert.All(sites.Skip(1), s => Assert.Equal(30, slots[s]));

        // The override's slots are the site's 48-a-day slots, so the visits' keys are the same on every worker.
        await using (var context = database.CreateContext())
        {
            var plan = await ProbeShardPlan.LoadAsync(context, 0, 1, start, end, Global, default);
            Assert.Equal(ProbeSchedule.SlotsBetween(sites[0], start, end, 48), plan.Where(p => p.Slot.SiteId == sites[0]).Select(p => p.Slot));
        }

        // A campaign no longer running (a day after its 通报总结 ends) no longer counts.
        var later = start.AddDays(30);
        var afterwards = await SlotsPerSiteAsync(database, 0, 1, later, later.AddDays(1));
        Assert.Equal(48, afterwards[sites[0]]);
        Assert.All(sites.Skip(1), s => Assert.Equal(24, afterwards[s]));
    }
}
