using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Authorization;

/// <summary>
/// Each role × each API endpoint and main page × own subtree (湖南/天心区) vs another subtree (北京):
/// outside the caller's subtree, reads and writes by id answer 404 (nothing leaks) and creating under
/// a foreign unit answers 403. Every mismatch is listed, not only the first.
/// </summary>
public abstract class AuthorizationMatrixTests(PlatformFixture platform)
{
    [DatabaseFact]
    public Task PlatformAdministrator() => RunAsync(Roles.Admin);

    [DatabaseFact]
    public Task ProvinceOrganizer() => RunAsync(Roles.Province);

    [DatabaseFact]
    public Task CityOrganizer() => RunAsync(Roles.City);

    [DatabaseFact]
    public Task CountyOrganizer() => RunAsync(Roles.County);

    [DatabaseFact]
    public Task ReportingUnit() => RunAsync(Roles.Reporter);

    private async Task RunAsync(string role)
    {
        var census = await platform.CensusAsync();
        var client = census.Clients[role];
        var admin = role == Roles.Admin;
        var organizer = role != Roles.Reporter;
        int Foreign(int allowedStatus) => admin ? allowedStatus : 404;
        var mismatches = new List<string>();

        async Task Expect(string what, int expected, Func<Task<HttpResponseMessage>> send)
        {
            using var response = await send();
            if ((int)response.StatusCode != expected)
                mismatches.Add($"{what}: expected {expected}, got {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
        }

        // --- API: websites
        await Expect("GET own website", 200, () => client.GetAsync($"api/v1/websites/{census.TianxinSite}"));
        await Expect("GET foreign website", Foreign(200), () => client.GetAsync($"api/v1/websites/{census.BeijingSite}"));
        await Expect("PUT own website", 200, async () => await client.Http.PutAsJsonAsync($"api/v1/websites/{census.TianxinSite}",
            await SampleTree.UpdateBodyAsync(client, census.TianxinSite)));
        await Expect("PUT foreign website", Foreign(200), async () => await client.Http.PutAsJsonAsync($"api/v1/websites/{census.BeijingSite}",
            await SampleTree.UpdateBodyAsync(census.Admin, census.BeijingSite)));
        await Expect("POST website for own unit", 201, () => client.PostJsonAsync("api/v1/websites", SampleTree.Site(census.TianxinUnit, "430103")));
        await Expect("POST website for foreign unit", admin ? 201 : 403, () => client.PostJsonAsync("api/v1/websites", SampleTree.Site(census.BeijingUnit, "110000")));

        using (var list = await client.GetAsync("api/v1/websites?pageSize=100"))
        {
            var items = (await list.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()).ToList();
            if (!items.Contains(census.TianxinSite))
                mismatches.Add("GET website list: own site missing");
            if (items.Contains(census.BeijingSite) != admin)
                mismatches.Add($"GET website list: foreign site {(admin ? "missing" : "listed")}");
        }

        using (var search = await client.GetAsync("api/v1/websites?region=11"))
        {
            var total = (await search.Content.ReadFromJsonAsync<JsonObject>())!["total"]!.GetValue<int>();
            if ((total > 0) != admin)
                mismatches.Add($"GET website list region=11: total {total}");
        }

        // --- API: organizations
        await Expect("GET own reporting unit", 200, () => client.GetAsync($"api/v1/organizations/{census.TianxinUnit}"));
        await Expect("GET county office above a reporting unit", organizer ? 200 : 404, () => client.GetAsync($"api/v1/organizations/{census.Tianxin}"));
        await Expect("GET foreign unit", Foreign(200), () => client.GetAsync($"api/v1/organizations/{census.Beijing}"));
        var beijingVersion = (await census.Admin.Http.GetFromJsonAsync<JsonObject>($"api/v1/organizations/{census.Beijing}"))!["version"]!.GetValue<int>();
        await Expect("PUT foreign unit", Foreign(200), () => client.PutJsonAsync($"api/v1/organizations/{census.Beijing}",
            new { version = beijingVersion, name = "北京市人民政府办公厅", contactName = "赵六" }));
        await Expect("POST unit under own county office", organizer ? 201 : 403, () => client.PostJsonAsync("api/v1/organizations",
            new { parentId = census.Tianxin, name = $"长沙市天心区卫生健康局（{role}）", kind = "ReportingUnit", regionCode = "430103" }));
        await Expect("POST unit under foreign office", admin ? 201 : 403, () => client.PostJsonAsync("api/v1/organizations",
            new { parentId = census.Beijing, name = $"北京市卫生健康委员会（{role}）", kind = "ReportingUnit", regionCode = "110000" }));

        using (var units = await client.GetAsync("api/v1/organizations?pageSize=100"))
        {
            var ids = (await units.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()).ToList();
            if (!ids.Contains(census.TianxinUnit))
                mismatches.Add("GET unit list: own unit missing");
            if (ids.Contains(census.Beijing) != admin)
                mismatches.Add($"GET unit list: foreign unit {(admin ? "missing" : "listed")}");
        }

        // --- Pages
        await Expect("page 网站列表", 200, () => client.GetAsync("Websites"));
        await Expect("page 网站详情 own", 200, () => client.GetAsync($"Websites/Details/{census.TianxinSite}"));
        await Expect("page 网站详情 foreign", Foreign(200), () => client.GetAsync($"Websites/Details/{census.BeijingSite}"));
        await Expect("page 编辑基本信息表 foreign", Foreign(200), () => client.GetAsync($"Websites/Edit/{census.BeijingSite}"));
        await Expect("page 编辑栏目表 foreign", Foreign(200), () => client.GetAsync($"Websites/Columns/{census.BeijingSite}"));
        await Expect("page 组织机构", organizer ? 200 : 403, () => client.GetAsync("Organizations"));
        await Expect("page 账号管理", organizer ? 200 : 403, () => client.GetAsync("Accounts"));
        await Expect("page 编辑单位 own county office", organizer ? 200 : 403, () => client.GetAsync($"Organizations/Edit/{census.Tianxin}"));
        await Expect("page 编辑单位 foreign", organizer ? Foreign(200) : 403, () => client.GetAsync($"Organizations/Edit/{census.Beijing}"));
        await Expect("page 审计日志", 200, () => client.GetAsync("Audit"));

        // A form posted to a foreign site with a valid token (taken from the caller's own edit page).
        var ownForm = await client.GetPageAsync($"Websites/Edit/{census.TianxinSite}");
        var token = PlatformClient.AntiforgeryToken(ownForm)!;
        await Expect("POST 编辑基本信息表 foreign", admin ? 200 : 404, () => client.Http.PostAsync($"Websites/Edit/{census.BeijingSite}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Name", "篡改"), new("Input.Version", "1")])));

        // 停用 a foreign unit (with a version that cannot match, so even the administrator changes nothing:
        // the page answers with the conflict) and a foreign account (the administrator's own: refused for them too).
        await Expect("POST 停用单位 foreign", admin ? 200 : 404, () => client.Http.PostAsync($"Organizations/Edit/{census.Beijing}?handler=Disable",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("version", "0")])));
        await Expect("POST 编辑单位 foreign", admin ? 200 : 404, () => client.Http.PostAsync($"Organizations/Edit/{census.Beijing}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Name", "篡改"), new("Input.Version", "0")])));
        var administratorId = await AdministratorIdAsync();
        await Expect("POST 停用账号 foreign", admin ? 403 : 404, () => client.Http.PostAsync($"Accounts?handler=Disable&id={administratorId}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)])));

        // 账号管理 and 新建单位 forms aimed outside the subtree (the administrator's are inside theirs).
        var suffix = Array.IndexOf(new[] { Roles.Admin, Roles.Province, Roles.City, Roles.County, Roles.Reporter }, role);
        await Expect("POST 创建账号 for foreign unit", admin ? 200 : 403, () => client.Http.PostAsync("Accounts/Create", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Input.OrganizationId", census.BeijingUnit.ToString()),
            new("Input.UserName", $"mx-foreign-{suffix}"), new("Input.DisplayName", "越权账号"), new("Input.InitialPassword", SampleTree.InitialPassword),
        ])));
        await Expect("POST 新建单位 under foreign office", admin ? 302 : 403, () => client.Http.PostAsync("Organizations/Create", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Input.ParentId", census.Beijing.ToString()), new("Input.Kind", "ReportingUnit"),
            new("Input.Name", $"北京市越权测试局{suffix}"), new("Input.RegionCode", "110000"), new("Input.ManagementMode", "Normal"),
        ])));
        await Expect("POST 重置密码 foreign account", admin ? 403 : 404, () => client.Http.PostAsync($"Accounts?handler=Reset&id={administratorId}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)])));
        await Expect("POST 解锁 foreign account", admin ? 302 : 404, () => client.Http.PostAsync($"Accounts?handler=Unlock&id={administratorId}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)])));

        Assert.True(mismatches.Count == 0, $"{role}:\n" + string.Join("\n", mismatches));
    }

    private async Task<int> AdministratorIdAsync()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Pucha.Data.PuchaDbContext>();
        return await db.UserAccounts.Where(a => a.UserName == "admin").Select(a => a.Id).SingleAsync();
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];
}

public sealed class AuthorizationMatrixOnSqlite(SqlitePlatformFixture platform)
    : AuthorizationMatrixTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class AuthorizationMatrixOnPostgres(PostgresPlatformFixture platform)
    : AuthorizationMatrixTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
