using Microsoft.EntityFrameworkCore;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data.Infrastructure;
using Pucha.Data.Organizations;
using Pucha.Testing;

namespace Pucha.Data.Tests.Websites;

public sealed class WebsiteStoreTests
{
    [Theory, SqliteData, PostgresData]
    public async Task The_same_homepage_cannot_be_registered_twice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var organizationId = await AddOrganizationAsync(database);
        await using var context = database.CreateContext();
        context.Websites.Add(SampleData.ValidWebsite(0, organizationId));
        await context.SaveChangesAsync();

        var again = SampleData.ValidWebsite(0, organizationId);
        again.HomepageUrl = "HTTP://WWW.BEIJING.GOV.CN:80/#home";
        again.NormalizedHomepageUrl = "";
        context.Websites.Add(again);

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        Assert.Equal("http://www.beijing.gov.cn/", again.NormalizedHomepageUrl);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Site_codes_are_unique_once_issued_and_many_sites_have_none(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var organizationId = await AddOrganizationAsync(database);
        await using (var context = database.CreateContext())
        {
            context.Websites.AddRange(SampleData.ValidWebsite(1, organizationId), SampleData.ValidWebsite(2, organizationId));
            var issued = SampleData.ValidWebsite(3, organizationId);
            issued.SiteCode = "1100000088";
            context.Websites.Add(issued);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var duplicate = SampleData.ValidWebsite(4, organizationId);
            duplicate.SiteCode = "1100000088";
            context.Websites.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_stale_version_cannot_overwrite_a_newer_save(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var organizationId = await AddOrganizationAsync(database);
        int id;
        await using (var context = database.CreateContext())
        {
            var website = SampleData.ValidWebsite(1, organizationId);
            context.Websites.Add(website);
            await context.SaveChangesAsync();
            id = website.Id;
            Assert.Equal(1, website.Version);
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Websites.SingleAsync(w => w.Id == id);
        var theirs = await second.Websites.SingleAsync(w => w.Id == id);

        mine.ContactName = "甲";
        await first.SaveChangesAsync();
        Assert.Equal(2, mine.Version);

        theirs.ContactName = "乙";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.CreateContext();
        Assert.Equal("甲", (await check.Websites.SingleAsync()).ContactName);
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_website_list_of_a_subtree_does_not_leak_into_siblings(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var organizationId = await AddOrganizationAsync(database);
        await using var context = database.CreateContext();
        string[] paths = ["/1/", "/1/7/", "/1/7/42/", "/1/70/", "/1/8/7/"];
        for (var i = 0; i < paths.Length; i++)
        {
            context.Websites.Add(SampleData.ValidWebsite(i + 1, organizationId, paths[i]));
        }

        await context.SaveChangesAsync();

        var subtree = await context.Websites.WithinSubtree("/1/7/").Select(w => w.OrganizationPath).OrderBy(p => p).ToListAsync();

        Assert.Equal(["/1/7/", "/1/7/42/"], subtree);
        Assert.Equal(5, await context.Websites.WithinSubtree("/1/").CountAsync());
    }

    private static async Task<int> AddOrganizationAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var organization = new Organization { Name = "北京市人民政府办公厅", Kind = OrganizationKind.ReportingUnit, Path = "/1/" };
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();
        return organization.Id;
    }
}
