using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Census;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Census;

/// <summary>
/// The registry obeys the review state, through the API (PUT /api/v1/websites/{id}) and the pages
/// (/Websites/Edit, /Websites/Columns), for every state and role, on SQLite and PostgreSQL:
/// 未提交/退回 editable; 未审核 only by the reviewer whose turn it is (others 409, administrators 403);
/// a change to 审核通过 goes back to 未提交 with a 变更 entry and must be submitted and reviewed again.
/// </summary>
public abstract class RegistryReviewGateTests(PlatformFixture platform)
{
    [DatabaseFact]
    public async Task A_draft_is_edited_by_anyone_who_sees_it()
    {
        var (tree, site) = await NewSiteAsync();
        foreach (var role in new[] { Roles.Reporter, Roles.County, Roles.City, Roles.Province, Roles.Admin })
            Assert.Equal(HttpStatusCode.OK, await PutAsync(tree.Clients[role], site, "草稿地址" + role));
        Assert.Equal(CensusStatus.NotSubmitted, await StatusAsync(site));
    }

    [DatabaseFact]
    public async Task A_record_in_review_is_changed_only_by_the_reviewer_whose_turn_it_is()
    {
        var (tree, site) = await NewSiteAsync();
        await CensusSteps.SubmitAsync(tree.Clients[Roles.Reporter], site);

        // County's turn: the unit and the other organizers wait (409), the administrator never (403).
        foreach (var role in new[] { Roles.Reporter, Roles.City, Roles.Province })
        {
            using var refused = await PutResponseAsync(tree.Clients[role], site, "不应保存");
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("正在县级组织单位审核中（未审核），暂不能修改", await refused.Content.ReadAsStringAsync());
        }

        using (var admin = await PutResponseAsync(tree.Admin, site, "不应保存"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
            Assert.Contains("平台管理员不参与逐级审核", await admin.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, await PutAsync(tree.Clients[Roles.County], site, "县级审核时修改"));
        Assert.Equal("县级审核时修改", await AddressAsync(site));
        Assert.Equal(CensusStatus.PendingReview, await StatusAsync(site));

        // The pages say so before anything is typed, and a post from them saves nothing.
        var unit = tree.Clients[Roles.Reporter];
        Assert.Contains("暂不能修改", await unit.GetPageAsync($"/Websites/Edit/{site}"));
        Assert.Contains("暂不能修改", await unit.GetPageAsync($"/Websites/Columns/{site}"));
        var version = (await SampleTree.UpdateBodyAsync(unit, site))["version"]!.ToString()!;
        using (var posted = await unit.SubmitFormAsync($"/Websites/Edit/{site}", [new("Input.Version", version), new("Input.OfficeAddress", "页面提交")]))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Contains("暂不能修改", await posted.Content.ReadAsStringAsync());
        }

        using (var columns = await unit.SubmitFormAsync($"/Websites/Columns/{site}", [new("Version", version)]))
            Assert.Contains("暂不能修改", await columns.Content.ReadAsStringAsync());
        Assert.Equal("县级审核时修改", await AddressAsync(site));

        // After the county passes it on, the county waits and the city may edit.
        var county = tree.Clients[Roles.County];
        await CensusSteps.DeskActionAsync(county, "Approve", site, await CensusSteps.ShownVersionAsync(county, site));
        using (var countyNow = await PutResponseAsync(county, site, "不应保存"))
        {
            Assert.Equal(HttpStatusCode.Conflict, countyNow.StatusCode);
            Assert.Contains("正在市级组织单位审核中", await countyNow.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, await PutAsync(tree.Clients[Roles.City], site, "市级审核时修改"));
    }

    [DatabaseFact]
    public async Task A_returned_record_is_the_units_again()
    {
        var (tree, site) = await NewSiteAsync();
        await CensusSteps.SubmitAsync(tree.Clients[Roles.Reporter], site);
        var county = tree.Clients[Roles.County];
        await CensusSteps.DeskActionAsync(county, "Return", site, await CensusSteps.ShownVersionAsync(county, site), ("reason", "地址有误"));

        Assert.Equal(HttpStatusCode.OK, await PutAsync(tree.Clients[Roles.Reporter], site, "退回后修改"));
        Assert.Equal(CensusStatus.Returned, await StatusAsync(site));
    }

    [DatabaseFact]
    public async Task A_change_to_an_approved_record_sends_it_back_through_review_and_keeps_its_code()
    {
        var (tree, site) = await NewSiteAsync();
        await CensusSteps.ApproveAllTheWayAsync(tree, site);
        var siteCode = await WithDbAsync(db => db.Websites.Where(w => w.Id == site).Select(w => w.SiteCode).SingleAsync());
        Assert.NotNull(siteCode);

        using (var admin = await PutResponseAsync(tree.Admin, site, "不应保存"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
            Assert.Contains("平台管理员不能修改已审核通过的网站信息", await admin.Content.ReadAsStringAsync());
        }

        var unit = tree.Clients[Roles.Reporter];
        Assert.Contains(RegistryEditRule.ReopenWarning, await unit.GetPageAsync($"/Websites/Edit/{site}"));
        using (var changed = await PutResponseAsync(unit, site, "审核通过后变更"))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            var json = JsonNode.Parse(await changed.Content.ReadAsStringAsync())!;
            Assert.Equal("NotSubmitted", json["status"]!.ToString());
            Assert.Equal(siteCode, json["siteCode"]!.ToString());
        }

        var history = await WithDbAsync(db => db.Set<ReviewHistoryEntry>().Where(h => h.WebsiteId == site).OrderBy(h => h.Id).ToListAsync());
        var change = history[^1];
        Assert.Equal((ReviewAction.Change, CensusStatus.Approved, CensusStatus.NotSubmitted), (change.Action, change.FromState, change.ToState));
        Assert.Contains("变更（审核通过后修改）", await unit.GetPageAsync($"/Census/Submit/{site}"));

        // Submitted again, it starts at the county; the final approval keeps the 网站标识码.
        await CensusSteps.ApproveAllTheWayAsync(tree, site);
        var again = await WithDbAsync(db => db.Websites.AsNoTracking().SingleAsync(w => w.Id == site));
        Assert.Equal((CensusStatus.Approved, siteCode), (again.Status, again.SiteCode));
        Assert.Equal("审核通过后变更", again.OfficeAddress);
    }

    private async Task<(SampleTree Tree, int Site)> NewSiteAsync()
    {
        var tree = await platform.CensusAsync();
        return (tree, await SampleTree.CreateSiteAsync(tree.Admin, tree.TianxinUnit, "430103"));
    }

    private static async Task<HttpStatusCode> PutAsync(PlatformClient client, int site, string address)
    {
        using var response = await PutResponseAsync(client, site, address);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.Forbidden,
            $"PUT {site}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> PutResponseAsync(PlatformClient client, int site, string address)
    {
        var body = await SampleTree.UpdateBodyAsync(client, site);
        body["officeAddress"] = address;
        return await client.PutJsonAsync($"api/v1/websites/{site}", body);
    }

    private Task<CensusStatus> StatusAsync(int site) => WithDbAsync(db => db.Websites.Where(w => w.Id == site).Select(w => w.Status).SingleAsync());

    private Task<string> AddressAsync(int site) => WithDbAsync(db => db.Websites.Where(w => w.Id == site).Select(w => w.OfficeAddress).SingleAsync());

    private async Task<T> WithDbAsync<T>(Func<PuchaDbContext, Task<T>> read)
    {
        using var scope = platform.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<PuchaDbContext>());
    }
}

public sealed class RegistryReviewGateOnSqlite(SqlitePlatformFixture platform)
    : RegistryReviewGateTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class RegistryReviewGateOnPostgres(PostgresPlatformFixture platform)
    : RegistryReviewGateTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
