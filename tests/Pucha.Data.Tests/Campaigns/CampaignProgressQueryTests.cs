using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Pucha.Core.Campaigns;
using Pucha.Core.Census;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data.Campaigns;
using Pucha.Data.Census;
using Pucha.Data.Infrastructure;
using Pucha.Testing;

namespace Pucha.Data.Tests.Campaigns;

public sealed class CampaignProgressQueryTests
{
    private static readonly CensusOptions FastHash = new() { CheckCodeHashIterations = CheckCodeHasher.MinimumIterations };

    // Deadlines 6/15 (units), 6/20 (county), 6/25 (city), 6/30 (province); cut-offs are 16:00 UTC of those days.
    private static Campaign Campaign(Organization organizer) => new()
    {
        Name = "2026年政府网站普查", OrganizerId = organizer.Id, OrganizerPath = organizer.Path,
        SurveyStart = new(2026, 6, 1), SurveyEnd = new(2026, 6, 30),
        RectificationStart = new(2026, 7, 1), RectificationEnd = new(2026, 8, 31),
        SpotCheckStart = new(2026, 9, 1), SpotCheckEnd = new(2026, 9, 30),
        BulletinStart = new(2026, 10, 1), BulletinEnd = new(2026, 10, 31),
        SubmissionDeadline = new(2026, 6, 15), CountyReviewDeadline = new(2026, 6, 20),
        CityReviewDeadline = new(2026, 6, 25), ProvinceReviewDeadline = new(2026, 6, 30),
    };

    private static DateTime Utc(int day, int hour, int minute) => new(2026, 6, day, hour, minute, 0, DateTimeKind.Utc);

    [Theory, SqliteData, PostgresData]
    public async Task Counts_each_child_subtree_by_state_and_lateness_with_one_grouped_query(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = TestClocks.At(Utc(10, 0, 0));
        CensusTree tree;
        Organization county2, unit2;
        var sites = new Dictionary<string, int>();
        await using (var context = database.CreateContext(clock: clock))
        {
            tree = await CensusTree.CreateAsync(context);
            county2 = await new Pucha.Data.Organizations.OrganizationStore(context).CreateOrFailAsync(new Organization
            {
                Name = "长沙市岳麓区人民政府办公室", Kind = OrganizationKind.CountyGovernmentOffice, ParentId = tree.City.Id, RegionCode = "430104",
            });
            unit2 = (await CensusTree.AddUnitsAsync(context, county2, 1, _ => "长沙市岳麓区教育局"))[0];
            var n = 0;
            foreach (var (name, unit) in new[]
                     {
                         ("onTime", tree.Unit), ("lateSubmit", tree.Unit), ("never", tree.Unit),
                         ("atCity", unit2), ("returned", unit2), ("approved", unit2),
                     })
            {
                var website = CensusTree.Website(unit, ++n, unit.RegionCode);
                context.Websites.Add(website);
                await context.SaveChangesAsync();
                sites[name] = website.Id;
            }

            // The county office's own portal: counted on the county's "本级" line when the county drills down.
            var own = CensusTree.Website(tree.County, ++n);
            context.Websites.Add(own);
            await context.SaveChangesAsync();
        }

        async Task Act(string site, ReviewAction action, Organization by, bool unit, DateTime at, string? reason = null)
        {
            // The actions are not in time order, and a FakeTimeProvider only moves forward: one clock per action.
            await using var context = database.CreateContext(clock: TestClocks.At(at));
            var version = await context.Websites.Where(w => w.Id == sites[site]).Select(w => w.Version).SingleAsync();
            var result = await new CensusReviewStore(context, FastHash)
                .ApplyAsync(sites[site], version, action, new ReviewActor(null, by.Name, by.Id, unit), reason);
            Assert.True(result.IsOk, result.Message);
        }

        await Act("onTime", ReviewAction.Submit, tree.Unit, true, Utc(15, 15, 59));      // 6/15 23:59 CST: on time
        await Act("lateSubmit", ReviewAction.Submit, tree.Unit, true, Utc(15, 16, 0));   // 6/16 00:00 CST: late
        await Act("atCity", ReviewAction.Submit, unit2, true, Utc(12, 1, 0));
        await Act("atCity", ReviewAction.Approve, county2, false, Utc(13, 1, 0));
        await Act("returned", ReviewAction.Submit, unit2, true, Utc(12, 2, 0));
        await Act("returned", ReviewAction.Return, county2, false, Utc(13, 2, 0), "联系人电话有误");
        await Act("approved", ReviewAction.Submit, unit2, true, Utc(12, 3, 0));
        await Act("approved", ReviewAction.Approve, county2, false, Utc(13, 3, 0));
        await Act("approved", ReviewAction.Approve, tree.City, false, Utc(14, 3, 0));
        await Act("approved", ReviewAction.Approve, tree.Province, false, Utc(14, 4, 0));

        // 6/20 23:59 CST: the county's deadline day is not over.
        var lastMinute = new DateTimeOffset(Utc(20, 15, 59));
        var board = await BoardAsync(database, Campaign(tree.Province), tree.City, lastMinute);
        Assert.Equal(["长沙市天心区人民政府办公室", "长沙市岳麓区人民政府办公室"], board.Rows.Select(r => r.Name));
        Assert.Equal(new StateCounts(NotSubmitted: 2, PendingReview: 2, Returned: 0, Approved: 0, Late: 3), board.Rows[0].Counts);
        Assert.Equal(new StateCounts(NotSubmitted: 0, PendingReview: 1, Returned: 1, Approved: 1, Late: 1), board.Rows[1].Counts);
        Assert.Equal(new StateCounts(2, 3, 1, 1, 4), board.Total);

        // 6/21 00:00 CST: "onTime", still waiting for the county, is now late too.
        var nextMinute = lastMinute.AddMinutes(1);
        board = await BoardAsync(database, Campaign(tree.Province), tree.City, nextMinute);
        Assert.Equal(4, board.Rows[0].Counts.Late);
        Assert.Equal(1, board.Rows[1].Counts.Late);

        // Drilling down: the county's line splits into its own portal and its unit.
        board = await BoardAsync(database, Campaign(tree.Province), tree.County, nextMinute);
        Assert.Equal([(tree.County.Id, true), (tree.Unit.Id, false)], board.Rows.Select(r => (r.OrganizationId, r.IsOwnSites)));
        Assert.Equal(new StateCounts(1, 0, 0, 0, 1), board.Rows[0].Counts);
        Assert.Equal(new StateCounts(1, 2, 0, 0, 3), board.Rows[1].Counts);

        // Up top: one line per province or ministry, children without sites counted as zero.
        board = await BoardAsync(database, Campaign(tree.Root), tree.Root, nextMinute);
        Assert.Equal([tree.Province.Id, tree.Ministry.Id], board.Rows.Select(r => r.OrganizationId));
        Assert.Equal(7, board.Rows[0].Counts.Total);
        Assert.Equal(StateCounts.Zero, board.Rows[1].Counts);

        // The SQL agrees with the rule in Pucha.Core for every record, at both minutes.
        foreach (var now in new[] { lastMinute, nextMinute })
        {
            await using var context = database.CreateContext();
            var campaign = Campaign(tree.Province);
            var flags = await CampaignProgressQuery.LateRecords(context, context.Websites, campaign, now)
                .Select(f => new { f.Website.Id, f.Website.Status, f.Late }).ToListAsync();
            var reviews = await context.Set<CensusReview>().ToDictionaryAsync(r => r.WebsiteId);
            var kinds = await context.Organizations.ToDictionaryAsync(o => o.Id, o => o.Kind);
            var submitted = (await context.Set<ReviewHistoryEntry>().Where(h => h.Action == ReviewAction.Submit).ToListAsync())
                .GroupBy(h => h.WebsiteId).ToDictionary(g => g.Key, g => g.Min(h => h.At));
            foreach (var flag in flags)
            {
                var level = reviews.GetValueOrDefault(flag.Id)?.PendingOrganizationId is { } pending ? ReviewRoutes.LevelOf(kinds[pending]) : null;
                var expected = CampaignLateness.IsLate(campaign, flag.Status, submitted.TryGetValue(flag.Id, out var at) ? at : null, level, now);
                Assert.True(expected == flag.Late, $"site {flag.Id} at {now:u}: rule says {expected}, query says {flag.Late}");
            }
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_level_costs_two_queries_whatever_the_number_of_children(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        CensusTree tree;
        await using (var context = database.CreateContext())
        {
            tree = await CensusTree.CreateAsync(context);
            var units = await CensusTree.AddUnitsAsync(context, tree.County, 30, u => $"天心区第{u}填报单位");
            for (var i = 0; i < units.Count; i++)
            {
                context.Websites.Add(CensusTree.Website(units[i], i + 1));
            }

            await context.SaveChangesAsync();
        }

        var counter = new CommandCounter();
        await using var counted = new PuchaDbContext(
            new DbContextOptionsBuilder<PuchaDbContext>(PuchaDbContextOptions.Create(database.ConnectionString)).AddInterceptors(counter).Options);
        var board = await CampaignProgressQuery.ForAsync(counted, Campaign(tree.Root), tree.County, new DateTimeOffset(Utc(1, 0, 0)));
        Assert.Equal(31, board.Rows.Count);
        Assert.Equal(30, board.Total.NotSubmitted);
        Assert.Equal(2, counter.Count);
    }

    private static async Task<ProgressBoard> BoardAsync(TestDatabase database, Campaign campaign, Organization organizer, DateTimeOffset now)
    {
        await using var context = database.CreateContext();
        return await CampaignProgressQuery.ForAsync(context, campaign, organizer, now);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count;

        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
