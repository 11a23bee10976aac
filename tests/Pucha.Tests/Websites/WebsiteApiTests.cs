using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Websites;

/// <summary>The website API: Chinese per-field validation as problem+json, optimistic concurrency, audit with old/new values.</summary>
public abstract class WebsiteApiTests(PlatformFixture platform)
{
    [DatabaseFact]
    public async Task InvalidFieldsAnswerProblemJsonInChineseAndSaveNothing()
    {
        var census = await platform.CensusAsync();
        var client = census.Clients[Roles.Reporter];
        var body = SampleTree.Site(census.TianxinUnit, "430103", "校验失败的网站");
        body["icpNumber"] = "备案号123";
        body["managerEmail"] = "";

        using var response = await client.PostJsonAsync("api/v1/websites", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("ICP", errors["icpNumber"]![0]!.GetValue<string>());
        Assert.True(errors.ContainsKey("managerEmail"));
        Assert.Matches("[\u4e00-\u9fff]", errors["managerEmail"]![0]!.GetValue<string>());

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        Assert.False(await db.Websites.AnyAsync(w => w.Name == "校验失败的网站"));
    }

    [DatabaseFact]
    public async Task InvalidColumnRowRejectsTheWholeSave()
    {
        var census = await platform.CensusAsync();
        var client = census.Clients[Roles.County];
        var body = SampleTree.Site(census.TianxinUnit, "430103", "栏目有误的网站");
        var columns = Enumerable.Range(1, 14).ToDictionary(k => ((Pucha.Core.Columns.ColumnKind)k).ToString(), _ => new { names = "无", addresses = "无" });
        columns["WorkNews"] = new { names = "工作动态；部门动态", addresses = "http://www.example.gov.cn/gzdt/" };
        body["columns"] = columns;

        using var response = await client.PostJsonAsync("api/v1/websites", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("数量不一致", await response.Content.ReadAsStringAsync());

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        Assert.False(await db.Websites.AnyAsync(w => w.Name == "栏目有误的网站"));
    }

    [DatabaseFact]
    public async Task StaleVersionIsAConflict()
    {
        var census = await platform.CensusAsync();
        var client = census.Clients[Roles.City];
        var site = await SampleTree.CreateSiteAsync(client, census.TianxinUnit, "430103");
        var first = await SampleTree.UpdateBodyAsync(client, site);
        var second = new Dictionary<string, object?>(first);

        first["contactName"] = "第一位";
        using (var ok = await client.Http.PutAsJsonAsync($"api/v1/websites/{site}", first))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        second["contactName"] = "第二位";
        using (var conflict = await client.Http.PutAsJsonAsync($"api/v1/websites/{site}", second))
        {
            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
            Assert.Contains("已被他人修改", await conflict.Content.ReadAsStringAsync());
        }

        var now = await client.Http.GetFromJsonAsync<JsonObject>($"api/v1/websites/{site}");
        Assert.Equal("第一位", now!["contactName"]!.GetValue<string>());
    }

    [DatabaseFact]
    public async Task CreateAndUpdateAreAuditedWithOldAndNewValues()
    {
        var census = await platform.CensusAsync();
        var client = census.Clients[Roles.Reporter];
        var site = await SampleTree.CreateSiteAsync(client, census.TianxinUnit, "430103");
        var body = await SampleTree.UpdateBodyAsync(client, site);
        var oldName = ((JsonElement)body["name"]!).GetString();
        body["name"] = "天心区教育局门户网站";
        using (var update = await client.Http.PutAsJsonAsync($"api/v1/websites/{site}", body))
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        var entries = await db.AuditEntries.Where(e => e.EntityType == "Website" && e.EntityId == site.ToString()).OrderBy(e => e.Id).ToListAsync();
        var create = Assert.Single(entries, e => e.Action == AuditAction.Create);
        Assert.Equal("tx-edu", create.ActorName);
        Assert.Contains(oldName!, create.Changes);
        var change = Assert.Single(entries, e => e.Action == AuditAction.Update);
        Assert.Equal("tx-edu", change.ActorName);
        var changes = JsonNode.Parse(change.Changes!)!.AsObject();
        Assert.Equal(oldName, changes["Name"]!["old"]!.GetValue<string>());
        Assert.Equal("天心区教育局门户网站", changes["Name"]!["new"]!.GetValue<string>());
        Assert.NotNull(change.OrganizationPath);
    }

    [DatabaseFact]
    public async Task ListFiltersSortsAndPages()
    {
        var census = await platform.CensusAsync();
        var client = census.Clients[Roles.Province];
        for (var i = 0; i < 3; i++)
            await SampleTree.CreateSiteAsync(client, census.TianxinUnit, "430103");

        var page = await client.Http.GetFromJsonAsync<JsonObject>("api/v1/websites?region=4301&sort=name&desc=true&page=1&pageSize=2");
        Assert.Equal(2, page!["items"]!.AsArray().Count);
        Assert.True(page["total"]!.GetValue<int>() >= 4);
        var names = page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal).ToList(), names);

        var byName = await client.Http.GetFromJsonAsync<JsonObject>("api/v1/websites?name=" + Uri.EscapeDataString("测试网站"));
        Assert.True(byName!["total"]!.GetValue<int>() >= 4);
        var byUrl = await client.Http.GetFromJsonAsync<JsonObject>("api/v1/websites?url=.GOV.CN");
        Assert.True(byUrl!["total"]!.GetValue<int>() >= 4);
        // LIKE wildcards typed by the user are text, not patterns.
        var wildcard = await client.Http.GetFromJsonAsync<JsonObject>("api/v1/websites?name=" + Uri.EscapeDataString("%"));
        Assert.Equal(0, wildcard!["total"]!.GetValue<int>());

        // One and two characters (SQLite: the name-piece index; PostgreSQL: pg_trgm), and the count is exact when small.
        var unusual = await SampleTree.CreateSiteAsync(client, census.TianxinUnit, "430103");
        var body = await SampleTree.UpdateBodyAsync(client, unusual);
        body["name"] = "鑫淼气象信息网";
        using (var rename = await client.Http.PutAsJsonAsync($"api/v1/websites/{unusual}", body))
            Assert.Equal(System.Net.HttpStatusCode.OK, rename.StatusCode);
        foreach (var term in new[] { "鑫淼", "淼", "气象", "网" })
        {
            var found = await client.Http.GetFromJsonAsync<JsonObject>("api/v1/websites?pageSize=100&name=" + Uri.EscapeDataString(term));
            Assert.Contains(unusual, found!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()));
            Assert.False(found["totalCapped"]!.GetValue<bool>());
        }

        var twoApart = await client.Http.GetFromJsonAsync<JsonObject>("api/v1/websites?name=" + Uri.EscapeDataString("鑫气"));
        Assert.Equal(0, twoApart!["total"]!.GetValue<int>());

        var none = await client.Http.GetFromJsonAsync<JsonObject>("api/v1/websites?region=4302");
        Assert.Equal(0, none!["total"]!.GetValue<int>());
        var byStatus = await client.Http.GetFromJsonAsync<JsonObject>("api/v1/websites?status=Approved");
        Assert.Equal(0, byStatus!["total"]!.GetValue<int>());
    }

    [DatabaseFact]
    public async Task ListPageTwoShowsTheNextSites()
    {
        var census = await platform.CensusAsync();
        var client = census.Clients[Roles.County];
        var prefix = "分页" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 1; i <= 23; i++)
        {
            using var created = await client.PostJsonAsync("api/v1/websites", SampleTree.Site(census.TianxinUnit, "430103", $"{prefix}网站{i:00}"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var first = NamesOn(await client.GetPageAsync($"/Websites?Name={Uri.EscapeDataString(prefix)}&Sort=name"), prefix);
        var second = NamesOn(await client.GetPageAsync($"/Websites?Name={Uri.EscapeDataString(prefix)}&Sort=name&Page=2"), prefix);

        Assert.Equal(20, first.Count);
        Assert.Equal(3, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    private static HashSet<string> NamesOn(string html, string prefix) =>
        System.Text.RegularExpressions.Regex.Matches(html, prefix + "网站\\d\\d").Select(m => m.Value).ToHashSet();
}

public sealed class WebsiteApiOnSqlite(SqlitePlatformFixture platform)
    : WebsiteApiTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class WebsiteApiOnPostgres(PostgresPlatformFixture platform)
    : WebsiteApiTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
