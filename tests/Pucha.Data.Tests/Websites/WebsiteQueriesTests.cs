using Microsoft.EntityFrameworkCore;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data.Infrastructure;
using Pucha.Data.Websites;
using Pucha.Testing;

namespace Pucha.Data.Tests.Websites;

public sealed class WebsiteQueriesTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Filters_by_subtree_region_status_type_and_text(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        await using var context = database.CreateContext();

        async Task<string[]> Names(WebsiteListFilter filter) =>
            (await context.Websites.Filter(context, filter).PageAsync(null, 50)).Items.Select(w => w.Name).Order().ToArray();

        Assert.Equal(["天心区教育局网站", "长沙市人民政府"], await Names(new() { OrganizationPath = "/1/2/" }));
        Assert.Equal(["天心区教育局网站", "湖南省人民政府", "长沙市人民政府"], await Names(new() { RegionCode = "430000" }));
        Assert.Equal(["天心区教育局网站"], await Names(new() { RegionCode = "430103" }));
        Assert.Equal(["首都之窗"], await Names(new() { Status = CensusStatus.Approved }));
        Assert.Equal(["天心区教育局网站"], await Names(new() { WebsiteType = WebsiteType.Department }));
        Assert.Equal(["长沙市人民政府"], await Names(new() { Search = "长沙" }));
        Assert.Equal(["首都之窗"], await Names(new() { Search = "BEIJING" }));
        Assert.Equal(["湖南省人民政府", "长沙市人民政府"], await Names(new() { Search = "人民政府", OrganizationPath = "/1/", RegionCode = "430000" }));
        Assert.Empty(await Names(new() { Search = "100%" }));
        Assert.Empty(await Names(new() { Search = "_" }));
        Assert.Equal(["天心区教育局网站"], await Names(new() { Search = "教育局" }));
        Assert.Equal(["天心区教育局网站"], await Names(new() { Search = "JYJ.TIANXIN" }));
        Assert.Empty(await Names(new() { Search = "\"引号\" OR 长沙" }));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Search_follows_renames_and_deletions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        await using var context = database.CreateContext();
        var site = await context.Websites.SingleAsync(w => w.Name == "天心区教育局网站");
        site.Name = "天心区卫生健康局网站";
        context.Websites.Remove(await context.Websites.SingleAsync(w => w.Name == "长沙市人民政府"));
        await context.SaveChangesAsync();

        async Task<int> Count(string text) => (await context.Websites.Filter(context, new WebsiteListFilter { Search = text }).CountAsync(10)).Value;

        Assert.Equal(0, await Count("教育局"));
        Assert.Equal(1, await Count("卫生健康局"));
        Assert.Equal(0, await Count("长沙市"));
        Assert.Equal(1, await Count("湖南省"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Pages_by_id_without_gaps_or_repeats(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        await using var context = database.CreateContext();

        var seen = new List<int>();
        int? after = null;
        do
        {
            var page = await context.Websites.Filter(provider, new WebsiteListFilter()).PageAsync(after, 2);
            Assert.InRange(page.Items.Count, 1, 2);
            seen.AddRange(page.Items.Select(w => w.Id));
            after = page.NextAfterId;
        }
        while (after is not null);

        Assert.Equal(4, seen.Count);
        Assert.Equal(seen.Order(), seen);
    }

    [Theory, SqliteData]
    public async Task Sqlite_finds_names_by_one_or_two_characters_from_the_piece_index(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        await using var context = database.CreateContext();

        async Task<string[]> Names(string text)
        {
            var ids = WebsiteQueries.SqliteShortNameMatches(context, text)!;
            return (await context.Websites.Where(w => ids.Contains(w.Id)).Select(w => w.Name).ToListAsync()).Order().ToArray();
        }

        Assert.Equal(["天心区教育局网站"], await Names("教育"));
        Assert.Equal(["天心区教育局网站"], await Names("站"));   // the last character of a name
        Assert.Equal(["湖南省人民政府", "长沙市人民政府"], await Names("人民"));
        Assert.Equal(["湖南省人民政府", "长沙市人民政府"], await Names("府"));
        Assert.Equal(["首都之窗"], await Names("首"));
        Assert.Empty(await Names("政人"));
        Assert.Empty(await Names("%"));

        // Renames and deletions reach the index through its triggers.
        var site = await context.Websites.SingleAsync(w => w.Name == "天心区教育局网站");
        site.Name = "天心区卫生健康局网站";
        context.Websites.Remove(await context.Websites.SingleAsync(w => w.Name == "长沙市人民政府"));
        await context.SaveChangesAsync();
        Assert.Empty(await Names("教育"));
        Assert.Equal(["天心区卫生健康局网站"], await Names("卫生"));
        Assert.Equal(["湖南省人民政府"], await Names("人民"));

        // ASCII letters ignore case, as LIKE does; three characters or more are the trigram table's.
        site.Name = "BJ政务";
        await context.SaveChangesAsync();
        Assert.Equal(["BJ政务"], await Names("bj"));
        Assert.Equal(["BJ政务"], await Names("j"));
        Assert.Null(WebsiteQueries.SqliteShortNameMatches(context, "政务网"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Counts_stop_at_the_cap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        await using var context = database.CreateContext();

        Assert.Equal(new WebsiteCount(4, false), await context.Websites.CountAsync(4));
        Assert.Equal(new WebsiteCount(3, true), await context.Websites.CountAsync(3));
        Assert.Equal(new WebsiteCount(2, false), await context.Websites.Filter(provider, new() { Search = "gov.cn", RegionCode = "430100" }).CountAsync(10));
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var organization = new Organization { Name = "单位", Kind = OrganizationKind.ReportingUnit, Path = "/1/" };
        context.Organizations.Add(organization);
        await context.SaveChangesAsync();

        Website Site(int n, string name, string path, string region, string url, CensusStatus status, WebsiteType type)
        {
            var website = SampleData.ValidWebsite(n, organization.Id, path);
            website.Name = name;
            website.RegionCode = region;
            website.HomepageUrl = url;
            website.NormalizedHomepageUrl = HomepageUrls.Normalize(url);
            website.Status = status;
            website.WebsiteType = type;
            return website;
        }

        context.Websites.AddRange(
            Site(1, "首都之窗", "/1/9/", "110000", "http://www.Beijing.gov.cn", CensusStatus.Approved, WebsiteType.Portal),
            Site(2, "湖南省人民政府", "/1/", "430000", "http://www.hunan.gov.cn", CensusStatus.PendingReview, WebsiteType.Portal),
            Site(3, "长沙市人民政府", "/1/2/", "430100", "http://www.changsha.gov.cn", CensusStatus.PendingReview, WebsiteType.Portal),
            Site(4, "天心区教育局网站", "/1/2/3/", "430103", "http://jyj.tianxin.gov.cn", CensusStatus.NotSubmitted, WebsiteType.Department));
        await context.SaveChangesAsync();
    }
}
