using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Organizations;

/// <summary>
/// 编辑单位 and 停用/启用 of units and accounts, through the pages (with anti-forgery tokens) and the
/// API: the version check, audit lines with old and new values, and that nobody of a disabled unit or
/// with a disabled account can sign in. Each test builds its own units under 天心区 so the shared tree stays as it is.
/// </summary>
public abstract partial class OrganizationAdministrationTests(PlatformFixture platform)
{
    private static int _sequence;

    [DatabaseFact]
    public async Task EditPageSavesNameAndContactsAndAuditsOldAndNewValues()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];
        var unit = await NewUnitAsync(census, "编辑");
        var before = await UnitAsync(county, unit);

        using (var invalid = await county.SubmitFormAsync($"Organizations/Edit/{unit}",
                   [new("Input.Version", before["version"]!.ToString()), new("Input.Name", "  ")]))
        {
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            Assert.Contains("请填写单位名称。", await invalid.Content.ReadAsStringAsync());
        }

        var newName = before["name"]!.GetValue<string>() + "（更名）";
        using (var saved = await county.SubmitFormAsync($"Organizations/Edit/{unit}",
               [
                   new("Input.Version", before["version"]!.ToString()), new("Input.Name", newName),
                   new("Input.ContactName", "赵六"), new("Input.ContactPhone", "0731-85123458"), new("Input.RegionCode", "430103"),
               ]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var after = await UnitAsync(county, unit);
        Assert.Equal(newName, after["name"]!.GetValue<string>());
        Assert.Equal("赵六", after["contactName"]!.GetValue<string>());
        Assert.Equal(before["version"]!.GetValue<int>() + 1, after["version"]!.GetValue<int>());

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        var audit = await db.AuditEntries.Where(e => e.EntityType == "Organization" && e.EntityId == unit.ToString() && e.Action == AuditAction.Update)
            .Select(e => e.Changes).ToListAsync();
        Assert.Contains(audit, changes => changes != null && changes.Contains(newName) && changes.Contains(before["name"]!.GetValue<string>()));
    }

    [DatabaseFact]
    public async Task ApiUpdateChecksTheVersion()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];
        var unit = await NewUnitAsync(census, "版本");
        var version = (await UnitAsync(county, unit))["version"]!.GetValue<int>();

        using (var missing = await county.PutJsonAsync($"api/v1/organizations/{unit}", new { name = "无版本号" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.Contains("缺少版本号", await missing.Content.ReadAsStringAsync());
        }

        using (var first = await county.PutJsonAsync($"api/v1/organizations/{unit}", new { version, name = "第一次修改" }))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // A second writer who read the same version loses, with a Chinese message, and nothing of theirs is saved.
        using (var stale = await county.PutJsonAsync($"api/v1/organizations/{unit}", new { version, name = "过期的修改" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync());
        }

        var now = await UnitAsync(county, unit);
        Assert.Equal("第一次修改", now["name"]!.GetValue<string>());
        Assert.Equal(version + 1, now["version"]!.GetValue<int>());

        // The edit page holding the old version gets the same answer.
        using var page = await county.SubmitFormAsync($"Organizations/Edit/{unit}", [new("Input.Version", version.ToString()), new("Input.Name", "页面上的过期修改")]);
        Assert.Contains("已被他人修改", await page.Content.ReadAsStringAsync());
        Assert.Equal("第一次修改", (await UnitAsync(county, unit))["name"]!.GetValue<string>());
    }

    [DatabaseFact]
    public async Task CodesChangeOnlyWhereTheKindHasThemAndTheRuleAccepts()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];
        var unit = await NewUnitAsync(census, "代码");
        var version = (await UnitAsync(county, unit))["version"]!.GetValue<int>();

        // 芙蓉区 (430102) is not 天心区: its departments report through 芙蓉区's office, not this one.
        using (var elsewhere = await county.PutJsonAsync($"api/v1/organizations/{unit}", new { version, name = "代码测试单位", regionCode = "430102" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
            Assert.Contains("regionCode", await elsewhere.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        using (var malformed = await county.PutJsonAsync($"api/v1/organizations/{unit}", new { version, name = "代码测试单位", departmentCode = "1x" }))
            Assert.Contains("部门代码应为2位数字", await malformed.Content.ReadAsStringAsync());

        // A county office has no 部门代码.
        var tianxin = await UnitAsync(census.Admin, census.Tianxin);
        using (var office = await census.Admin.PutJsonAsync($"api/v1/organizations/{census.Tianxin}",
                   new { version = tianxin["version"]!.GetValue<int>(), name = tianxin["name"]!.GetValue<string>(), departmentCode = "07" }))
            Assert.Contains("不填写部门代码", await office.Content.ReadAsStringAsync());

        Assert.Equal("430103", (await UnitAsync(county, unit))["regionCode"]!.GetValue<string>());
    }

    [DatabaseFact]
    public async Task AccountsOfADisabledUnitCannotSignInUntilItIsEnabled()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];
        var unit = await NewUnitAsync(census, "停用");
        var userName = $"tx-off-{Interlocked.Increment(ref _sequence)}-{platform.GetType().Name.Length}";
        await SampleTree.CreateAccountAsync(census.Admin, unit, userName);
        using var user = platform.CreateClient();
        await SampleTree.SignInFirstTimeAsync(user, userName, SampleTree.InitialPassword);
        using (var before = await user.GetAsync("api/v1/websites"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using (var off = await ToggleUnitAsync(county, unit, "Disable"))
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.True((await UnitAsync(county, unit))["isDisabled"]!.GetValue<bool>());

        // The open session ends at its next request; a new login is refused with the reason.
        using (var after = await user.GetAsync("api/v1/websites"))
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var again = platform.CreateClient();
        using (var refused = await again.LoginAsync(userName, SampleTree.Password))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("所在单位已停用", await refused.Content.ReadAsStringAsync());
        }

        // Nothing new under it.
        using (var site = await county.PostJsonAsync("api/v1/websites", SampleTree.Site(unit, "430103")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, site.StatusCode);
            Assert.Contains("已停用", await site.Content.ReadAsStringAsync());
        }

        using (var on = await ToggleUnitAsync(county, unit, "Enable"))
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        using (var login = await again.LoginAsync(userName, SampleTree.Password))
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        var changes = await db.AuditEntries.Where(e => e.EntityType == "Organization" && e.EntityId == unit.ToString() && e.Action == AuditAction.Update)
            .Select(e => e.Changes).ToListAsync();
        Assert.Equal(2, changes.Count(c => c != null && c.Contains("IsDisabled")));
    }

    [DatabaseFact]
    public async Task ADisabledAccountCannotSignInUntilItIsEnabled()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];
        var userName = $"tx-acct-off-{Interlocked.Increment(ref _sequence)}";
        await SampleTree.CreateAccountAsync(census.Admin, census.TianxinUnit, userName);
        using var user = platform.CreateClient();
        await SampleTree.SignInFirstTimeAsync(user, userName, SampleTree.InitialPassword);
        var id = await AccountIdAsync(userName);

        using (var off = await county.SubmitFormAsync("Accounts", [], $"Accounts?handler=Disable&id={id}"))
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("已停用", await county.GetPageAsync("Accounts?search=" + userName));

        using (var after = await user.GetAsync("api/v1/websites"))
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var again = platform.CreateClient();
        using (var refused = await again.LoginAsync(userName, SampleTree.Password))
            Assert.Contains("该账号已停用", await refused.Content.ReadAsStringAsync());

        using (var on = await county.SubmitFormAsync("Accounts", [], $"Accounts?handler=Enable&id={id}"))
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        using (var login = await again.LoginAsync(userName, SampleTree.Password))
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        var changes = await db.AuditEntries.Where(e => e.EntityType == "UserAccount" && e.EntityId == id.ToString() && e.Action == AuditAction.Update)
            .Select(e => e.Changes).ToListAsync();
        Assert.Equal(2, changes.Count(c => c != null && c.Contains("IsDisabled")));
    }

    [DatabaseFact]
    public async Task NobodyDisablesTheirOwnUnitOrAccount()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];
        var own = await UnitAsync(county, census.Tianxin);

        using (var unit = await ToggleUnitAsync(county, census.Tianxin, "Disable"))
        {
            Assert.Equal(HttpStatusCode.OK, unit.StatusCode);
            Assert.Contains("不能停用本单位", await unit.Content.ReadAsStringAsync());
        }

        Assert.False((await UnitAsync(county, census.Tianxin))["isDisabled"]!.GetValue<bool>());
        Assert.Equal(own["version"]!.GetValue<int>(), (await UnitAsync(county, census.Tianxin))["version"]!.GetValue<int>());

        using var self = await county.SubmitFormAsync("Accounts", [], $"Accounts?handler=Disable&id={await AccountIdAsync("tx-office")}");
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
    }

    private async Task<int> NewUnitAsync(SampleTree census, string purpose) =>
        await SampleTree.CreateUnitAsync(census.Admin, census.Tianxin, $"长沙市天心区{purpose}测试局{Interlocked.Increment(ref _sequence)}", "ReportingUnit", "430103");

    private static async Task<JsonObject> UnitAsync(PlatformClient client, int id) =>
        (await client.Http.GetFromJsonAsync<JsonObject>($"api/v1/organizations/{id}"))!;

    /// <summary>Posts the 停用/启用 form of the edit page, with the version the page shows.</summary>
    private static async Task<HttpResponseMessage> ToggleUnitAsync(PlatformClient client, int id, string handler)
    {
        var page = await client.GetPageAsync($"Organizations/Edit/{id}");
        var version = VersionField().Match(page) is { Success: true } match ? match.Groups[1].Value : "0";
        var token = PlatformClient.AntiforgeryToken(page)!;
        return await client.Http.PostAsync($"Organizations/Edit/{id}?handler={handler}",
            new FormUrlEncodedContent([new("version", version), new("__RequestVerificationToken", token)]));
    }

    private async Task<int> AccountIdAsync(string userName)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        return (await db.UserAccounts.SingleAsync(a => a.UserName == userName)).Id;
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}

public sealed class OrganizationAdministrationOnSqlite(SqlitePlatformFixture platform)
    : OrganizationAdministrationTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class OrganizationAdministrationOnPostgres(PostgresPlatformFixture platform)
    : OrganizationAdministrationTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
