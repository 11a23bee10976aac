using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pucha.Tests.Infrastructure;

/// <summary>
/// A small census tree built through the platform's own API and pages, as people would:
/// 国务院办公厅 → 湖南省 → 长沙市 → 天心区 → 天心区教育局 (填报单位), and a second subtree 北京市 → 北京市教育委员会,
/// one website in each, and a signed-in client for each role of the 湖南 branch.
/// </summary>
public sealed class SampleTree
{
    /// <summary>Everyone's password after the forced change at first login.</summary>
    public const string Password = "Census#Pass2026";
    public const string InitialPassword = "Initial#Pass2026";

    private static int _sequence;

    public required PlatformClient Admin { get; init; }
    public required Dictionary<string, PlatformClient> Clients { get; init; }
    public int Root { get; init; }
    public int Hunan { get; init; }
    public int Changsha { get; init; }
    public int Tianxin { get; init; }
    public int TianxinUnit { get; init; }
    public int Beijing { get; init; }
    public int BeijingUnit { get; init; }
    public int TianxinSite { get; init; }
    public int BeijingSite { get; init; }

    public static async Task<SampleTree> CreateAsync(PlatformFixture platform)
    {
        var admin = platform.CreateClient();
        await SignInFirstTimeAsync(admin, "admin", PlatformFixture.AdminInitialPassword);

        var root = (await admin.Http.GetFromJsonAsync<JsonObject>("api/v1/organizations?kind=StateCouncilOffice"))!["items"]![0]!["id"]!.GetValue<int>();
        var hunan = await CreateUnitAsync(admin, root, "湖南省人民政府办公厅", "ProvincialGovernmentOffice", "430000");
        var changsha = await CreateUnitAsync(admin, hunan, "长沙市人民政府办公室", "CityGovernmentOffice", "430100");
        var tianxin = await CreateUnitAsync(admin, changsha, "长沙市天心区人民政府办公室", "CountyGovernmentOffice", "430103");
        var tianxinUnit = await CreateUnitAsync(admin, tianxin, "长沙市天心区教育局", "ReportingUnit", "430103");
        var beijing = await CreateUnitAsync(admin, root, "北京市人民政府办公厅", "ProvincialGovernmentOffice", "110000");
        var beijingUnit = await CreateUnitAsync(admin, beijing, "北京市教育委员会", "ReportingUnit", "110000");

        var clients = new Dictionary<string, PlatformClient> { [Roles.Admin] = admin };
        foreach (var (role, unit, userName) in new[]
                 {
                     (Roles.Province, hunan, "hn-office"), (Roles.City, changsha, "cs-office"),
                     (Roles.County, tianxin, "tx-office"), (Roles.Reporter, tianxinUnit, "tx-edu"),
                 })
        {
            await CreateAccountAsync(admin, unit, userName);
            var client = platform.CreateClient();
            await SignInFirstTimeAsync(client, userName, InitialPassword);
            clients[role] = client;
        }

        return new SampleTree
        {
            Admin = admin, Clients = clients, Root = root, Hunan = hunan, Changsha = changsha, Tianxin = tianxin, TianxinUnit = tianxinUnit,
            Beijing = beijing, BeijingUnit = beijingUnit,
            TianxinSite = await CreateSiteAsync(admin, tianxinUnit, "430103"),
            BeijingSite = await CreateSiteAsync(admin, beijingUnit, "110000"),
        };
    }

    /// <summary>Logs in with an issued password and replaces it, as the first login demands.</summary>
    public static async Task SignInFirstTimeAsync(PlatformClient client, string userName, string initialPassword)
    {
        using var login = await client.LoginAsync(userName, initialPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var change = await client.SubmitFormAsync("/Account/ChangePassword",
            [new("CurrentPassword", initialPassword), new("NewPassword", Password), new("ConfirmPassword", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
    }

    public static async Task<int> CreateUnitAsync(PlatformClient client, int parent, string name, string kind, string? region)
    {
        using var response = await client.PostJsonAsync("api/v1/organizations", new { parentId = parent, name, kind, regionCode = region });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create unit {name}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["id"]!.GetValue<int>();
    }

    public static async Task CreateAccountAsync(PlatformClient admin, int unit, string userName)
    {
        using var response = await admin.SubmitFormAsync("/Accounts/Create",
        [
            new("Input.OrganizationId", unit.ToString()), new("Input.UserName", userName), new("Input.DisplayName", userName),
            new("Input.InitialPassword", InitialPassword),
        ]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && html.Contains("初始密码"), $"create account {userName}: {(int)response.StatusCode}");
    }

    public static async Task<int> CreateSiteAsync(PlatformClient client, int unit, string region)
    {
        using var response = await client.PostJsonAsync("api/v1/websites", Site(unit, region));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create site: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["id"]!.GetValue<int>();
    }

    /// <summary>A complete, valid 政府网站基本信息表 with a homepage no other site has.</summary>
    public static Dictionary<string, object?> Site(int unit, string region, string? name = null)
    {
        var n = Interlocked.Increment(ref _sequence);
        return new Dictionary<string, object?>
        {
            ["organizationId"] = unit,
            ["regionCode"] = region,
            ["departmentOrRegion"] = region == "110000" ? "北京市" : "湖南省长沙市天心区",
            ["name"] = name ?? $"测试网站{n}",
            ["icpNumber"] = "湘ICP备05012345号",
            ["homepageUrl"] = $"http://www.site{n}-{Guid.NewGuid():N}.gov.cn/",
            ["supervisingUnit"] = "长沙市天心区教育局",
            ["officeAddress"] = "湖南省长沙市天心区书院路1号",
            ["managerName"] = "张三",
            ["managerTitle"] = "局长",
            ["managerOfficePhone"] = "0731-85123456",
            ["managerMobile"] = "13800138000",
            ["managerEmail"] = "zhangsan@example.gov.cn",
            ["contactName"] = "李四",
            ["contactOfficePhone"] = "0731-85123457",
            ["contactMobile"] = "13800138001",
            ["contactEmail"] = "lisi@example.gov.cn",
            ["signatoryHead"] = "张三",
            ["signatoryReviewer"] = "王五",
            ["signatoryFiller"] = "李四",
            ["signatoryPhone"] = "0731-85123457",
            ["filledOn"] = "2026-11-20",
            ["sponsor"] = "长沙市天心区人民政府",
            ["websiteType"] = "Department",
            ["publicSecurityRecordNumber"] = "湘公网安备43010302000123号",
        };
    }

    /// <summary>The site as the API returns it, turned back into an update body (with its version).</summary>
    public static async Task<Dictionary<string, object?>> UpdateBodyAsync(PlatformClient client, int site)
    {
        var json = await client.Http.GetFromJsonAsync<Dictionary<string, JsonElement>>($"api/v1/websites/{site}");
        return json!.Where(p => p.Key is not ("columns" or "id" or "siteCode" or "status" or "statusLabel" or "createdAt" or "updatedAt"))
            .ToDictionary(p => p.Key, p => (object?)p.Value);
    }
}

/// <summary>The roles of the authorization matrix.</summary>
public static class Roles
{
    public const string Admin = "平台管理员";
    public const string Province = "省级组织单位";
    public const string City = "市级组织单位";
    public const string County = "县级组织单位";
    public const string Reporter = "填报单位";
}
