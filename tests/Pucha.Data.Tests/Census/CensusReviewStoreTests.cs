using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Census;
using Pucha.Core.Websites;
using Pucha.Data.Census;
using Pucha.Data.Infrastructure;
using Pucha.Data.Mail;
using Pucha.Testing;

namespace Pucha.Data.Tests.Census;

public sealed class CensusReviewStoreTests
{
    private static readonly CensusOptions FastHash = new() { CheckCodeHashIterations = CheckCodeHasher.MinimumIterations };

    private static ReviewActor Unit(CensusTree tree) => new(null, "天心区教育局", tree.Unit.Id, IsReportingUnit: true);

    private static ReviewActor Organizer(Core.Organizations.Organization o) => new(null, o.Name, o.Id, IsReportingUnit: false);

    [Theory, SqliteData, PostgresData]
    public async Task Level_by_level_approval_issues_identifier_check_code_and_mail(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        CensusTree tree;
        int id;
        await using (var context = database.CreateContext())
        {
            tree = await CensusTree.CreateAsync(context);
            var website = CensusTree.Website(tree.Unit, 1);
            context.Websites.Add(website);
            await context.SaveChangesAsync();
            id = website.Id;
        }

        var version = 1;
        foreach (var (action, actor) in new[]
                 {
                     (ReviewAction.Submit, Unit(tree)), (ReviewAction.Approve, Organizer(tree.County)),
                     (ReviewAction.Approve, Organizer(tree.City)),
                 })
        {
            await using var context = database.CreateContext();
            var result = await new CensusReviewStore(context, FastHash).ApplyAsync(id, version, action, actor);
            Assert.True(result.IsOk, result.Message);
            Assert.Null(result.Value!.SiteCode);
            version = result.Value!.Version;
        }

        await using (var context = database.CreateContext())
        {
            var review = await context.Set<CensusReview>().SingleAsync();
            Assert.Equal(tree.Province.Id, review.PendingOrganizationId);
            var result = await new CensusReviewStore(context, FastHash).ApplyAsync(id, version, ReviewAction.Approve, Organizer(tree.Province));
            Assert.True(result.IsOk, result.Message);
            Assert.Equal("4301030001", result.Value!.SiteCode);
        }

        await using (var context = database.CreateContext())
        {
            var website = await context.Websites.SingleAsync();
            Assert.Equal(CensusStatus.Approved, website.Status);
            Assert.Equal("4301030001", website.SiteCode);
            var review = await context.Set<CensusReview>().SingleAsync();
            Assert.Null(review.PendingOrganizationId);
            Assert.StartsWith("pbkdf2-sha256$", review.CheckCodeHash);

            var history = await context.Set<ReviewHistoryEntry>().OrderBy(e => e.Id).ToListAsync();
            Assert.Equal([ReviewAction.Submit, ReviewAction.Approve, ReviewAction.Approve, ReviewAction.Approve], history.Select(h => h.Action));
            Assert.Equal([null, ReviewLevel.County, ReviewLevel.City, ReviewLevel.Province], history.Select(h => h.Level));

            var mail = await context.Set<OutboxMessage>().SingleAsync();
            Assert.Equal("zhang1@tianxin.gov.cn,li1@tianxin.gov.cn", mail.To);
            // Stored sealed; the key (outside the database) opens it.
            Assert.StartsWith(OutboxBodyCipher.Marker, mail.Body);
            var body = TestDatabase.OutboxCipher.Open(mail.Body, mail.To);
            Assert.Contains("网站标识码：4301030001", body);
            var checkCode = System.Text.RegularExpressions.Regex.Match(body, "校验码：([A-Z0-9]{10})").Groups[1].Value;
            Assert.DoesNotContain(checkCode, mail.Body);
            Assert.DoesNotContain(checkCode, review.CheckCodeHash);

            var service = new CensusReviewStore(context, FastHash);
            Assert.Equal(id, await service.VerifyAsync("4301030001", checkCode.ToLowerInvariant()));
            Assert.Null(await service.VerifyAsync("4301030001", CheckCode.Generate()));
            Assert.Null(await service.VerifyAsync("4301030002", checkCode));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Return_with_reason_then_resubmit_starts_again_from_the_county(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var tree = await CensusTree.CreateAsync(context);
        var website = CensusTree.Website(tree.Unit, 1);
        context.Websites.Add(website);
        await context.SaveChangesAsync();
        var service = new CensusReviewStore(context, FastHash);

        var r1 = await service.ApplyAsync(website.Id, 1, ReviewAction.Submit, Unit(tree));
        var r2 = await service.ApplyAsync(website.Id, r1.Value!.Version, ReviewAction.Approve, Organizer(tree.County));
        var r3 = await service.ApplyAsync(website.Id, r2.Value!.Version, ReviewAction.Return, Organizer(tree.City), "负责人手机号码有误");
        Assert.True(r3.IsOk, r3.Message);
        Assert.Equal(CensusStatus.Returned, (await context.Websites.AsNoTracking().SingleAsync()).Status);

        var wrongLevel = await service.ApplyAsync(website.Id, r3.Value!.Version, ReviewAction.Resubmit, Organizer(tree.City));
        Assert.False(wrongLevel.IsOk);
        var r4 = await service.ApplyAsync(website.Id, r3.Value!.Version, ReviewAction.Resubmit, Unit(tree));
        Assert.True(r4.IsOk, r4.Message);
        Assert.Equal(tree.County.Id, (await context.Set<CensusReview>().AsNoTracking().SingleAsync()).PendingOrganizationId);

        var returned = await context.Set<ReviewHistoryEntry>().SingleAsync(h => h.Action == ReviewAction.Return);
        Assert.Equal("负责人手机号码有误", returned.Reason);
        Assert.Equal(ReviewLevel.City, returned.Level);
        Assert.Equal(tree.City.Id, returned.ActorOrganizationId);
        Assert.Empty(await context.Set<OutboxMessage>().ToListAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_stale_version_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var tree = await CensusTree.CreateAsync(context);
        var website = CensusTree.Website(tree.Unit, 1);
        context.Websites.Add(website);
        await context.SaveChangesAsync();

        var submitted = await new CensusReviewStore(context, FastHash).ApplyAsync(website.Id, 1, ReviewAction.Submit, Unit(tree));
        Assert.Equal(2, submitted.Value!.Version);

        await using var other = database.CreateContext();
        var stale = await new CensusReviewStore(other, FastHash).ApplyAsync(website.Id, 1, ReviewAction.Approve, Organizer(tree.County));

        Assert.False(stale.IsOk);
        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        Assert.Equal(CensusReviewStore.ConcurrencyMessage, stale.Message);
        Assert.Equal(1, await other.Set<ReviewHistoryEntry>().CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Ministry_site_gets_a_bm_identifier(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var tree = await CensusTree.CreateAsync(context);
        var website = CensusTree.Website(tree.CustomsUnit, 1, regionCode: null);
        context.Websites.Add(website);
        await context.SaveChangesAsync();
        var service = new CensusReviewStore(context, FastHash);

        var submitted = await service.ApplyAsync(website.Id, 1, ReviewAction.Submit, new ReviewActor(null, "政策法规司", tree.CustomsUnit.Id, true));
        var approved = await service.ApplyAsync(website.Id, submitted.Value!.Version, ReviewAction.Approve, Organizer(tree.Ministry));

        Assert.True(approved.IsOk, approved.Message);
        Assert.Equal("bm07000001", approved.Value!.SiteCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Parallel_final_approvals_get_distinct_identifiers(DatabaseProvider provider)
    {
        const int sites = 40;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        CensusTree tree;
        var versions = new Dictionary<int, int>();
        await using (var context = database.CreateContext())
        {
            tree = await CensusTree.CreateAsync(context);
            for (var i = 0; i < sites; i++)
            {
                context.Websites.Add(CensusTree.Website(tree.Unit, i));
            }

            await context.SaveChangesAsync();
            var service = new CensusReviewStore(context, FastHash);
            foreach (var website in await context.Websites.ToListAsync())
            {
                var r = await service.ApplyAsync(website.Id, website.Version, ReviewAction.Submit, Unit(tree));
                r = await service.ApplyAsync(website.Id, r.Value!.Version, ReviewAction.Approve, Organizer(tree.County));
                r = await service.ApplyAsync(website.Id, r.Value!.Version, ReviewAction.Approve, Organizer(tree.City));
                Assert.True(r.IsOk, r.Message);
                versions[website.Id] = r.Value!.Version;
            }
        }

        var results = await Task.WhenAll(versions.Select(pair => Task.Run(async () =>
        {
            await using var context = database.CreateContext();
            return await new CensusReviewStore(context, FastHash).ApplyAsync(pair.Key, pair.Value, ReviewAction.Approve, Organizer(tree.Province));
        })));

        Assert.All(results, r => Assert.True(r.IsOk, r.Message));
        var codes = results.Select(r => r.Value!.SiteCode!).ToList();
        Assert.Equal(sites, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^430103[0-9]{4}$", c));
        await using (var context = database.CreateContext())
        {
            Assert.Equal(sites, await context.Websites.CountAsync(w => w.SiteCode != null));
            Assert.Equal(sites, (await context.Set<SiteIdentifierCounter>().SingleAsync()).LastSequence);
            Assert.Equal(sites, await context.Set<OutboxMessage>().CountAsync());
        }
    }
}
