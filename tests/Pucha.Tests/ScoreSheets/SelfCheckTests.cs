using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Tests.Infrastructure;
using Pucha.Tests.Inspections;

namespace Pucha.Tests.ScoreSheets;

/// <summary>自查: opened with 网站标识码 + 校验码 (rate-limited) or logged in; filled, saved, submitted; then locked for good.</summary>
public abstract class SelfCheckTests(PlatformFixture platform)
{
    [DatabaseFact]
    public async Task A_unit_opens_its_sheet_with_its_codes_fills_and_submits_it_and_every_later_change_is_refused_and_audited()
    {
        var census = await platform.CensusAsync();
        var siteId = await InspectionRuns.RegisterSiteAsync(census, $"http://selfcheck{Guid.NewGuid():N}.example.gov.cn/", "天心区教育局网站");
        var (siteCode, checkCode) = await IssuedCodes.IssueAsync(platform, siteId);
        using var visitor = platform.CreateClient();

        var form = await visitor.GetPageAsync("/SelfCheck");
        Assert.Contains("网站标识码", form);
        Assert.Contains("校验码", form);
        Assert.Contains("打开自查表", form);

        using var opened = await visitor.SubmitFormAsync("/SelfCheck", [new("SiteCode", siteCode), new("CheckCode", checkCode.ToLowerInvariant())]);
        var sheet = await opened.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(sheet, "<h1[^>]*>自查评分表：天心区教育局网站</h1>"), sheet.Length > 3000 ? sheet[^3000..] : sheet);
        var ticket = Field(sheet, "Ticket");
        var token = PlatformClient.AntiforgeryToken(sheet)!;

        // A deduction without its problem is refused, and nothing is saved.
        using (var missingNote = await visitor.Http.PostAsync("/SelfCheck?handler=Save", Body(token, ticket, "1", false,
                   ("overview", "2", ""))))
            Assert.Contains("须填写存在的问题", await missingNote.Content.ReadAsStringAsync());

        using (var saved = await visitor.Http.PostAsync("/SelfCheck?handler=Save", Body(token, ticket, "1", false,
                   ("overview", "1.5", "概况信息未及时更新"), ("ipv6", "1", "未支持IPv6"))))
        {
            var html = await saved.Content.ReadAsStringAsync();
            Assert.Contains("已保存", html);
            Assert.Contains("概况信息未及时更新", html);
            Assert.Contains("97.5", html); // 100 − 1.5 − 1
        }

        using (var submitted = await visitor.Http.PostAsync("/SelfCheck?handler=Save", Body(token, ticket, "2", true,
                   ("overview", "1.5", "概况信息未及时更新"), ("ipv6", "1", "未支持IPv6"))))
        {
            var html = await submitted.Content.ReadAsStringAsync();
            Assert.Contains("已提交", html);
            Assert.DoesNotContain("name=\"Entries[0].IndicatorId\"", html);
        }

        using (var refused = await visitor.Http.PostAsync("/SelfCheck?handler=Save", Body(token, ticket, "3", false, ("overview", "0", ""))))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("已提交，不能修改", await refused.Content.ReadAsStringAsync());
        }

        // Logged in, the unit reaches the same sheet, and the API refuses a change just the same.
        var reporter = census.Clients[Roles.Reporter];
        Assert.Contains("自查评分表：天心区教育局网站", await reporter.GetPageAsync($"/SelfCheck?site={siteId}"));
        using var openApi = await reporter.PostJsonAsync($"api/v1/websites/{siteId}/self-check", new { });
        var dto = (await openApi.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Submitted", dto["status"]!.GetValue<string>());
        Assert.Equal(97.5m, dto["total"]!.GetValue<decimal>());
        var sheetId = dto["id"]!.GetValue<long>();
        using var put = await reporter.PutJsonAsync($"api/v1/score-sheets/{sheetId}", new
        {
            version = dto["version"]!.GetValue<int>(), submit = false, entries = new[] { new { indicatorId = "overview", points = 0m, note = "" } },
        });
        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
        Assert.Contains("不能修改", await put.Content.ReadAsStringAsync());

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        var refusals = await db.AuditEntries.Where(e => e.EntityType == "SiteScoreSheet" && e.EntityId == sheetId.ToString() && e.Detail!.StartsWith("拒绝修改"))
            .ToListAsync();
        Assert.Equal(2, refusals.Count);
        Assert.Contains(refusals, e => e.ActorName == "tx-edu");
        Assert.Equal(97.5m, (await db.Set<Pucha.Data.ScoreSheets.SiteScoreSheet>().SingleAsync(s => s.Id == sheetId)).Total);
    }

    [DatabaseFact]
    public async Task Wrong_codes_are_refused_and_repeated_failures_are_blocked()
    {
        var census = await platform.CensusAsync();
        var siteId = await InspectionRuns.RegisterSiteAsync(census, $"http://guess{Guid.NewGuid():N}.example.gov.cn/", "被猜测的网站");
        var (siteCode, checkCode) = await IssuedCodes.IssueAsync(platform, siteId);
        using var visitor = platform.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await visitor.SubmitFormAsync("/SelfCheck", [new("SiteCode", siteCode), new("CheckCode", "AAAA-BBBB-CC")]);
            Assert.Contains("网站标识码或校验码不正确", await wrong.Content.ReadAsStringAsync());
        }
        // Now even the right code waits: the failures of this code are used up for the window.
        using var blocked = await visitor.SubmitFormAsync("/SelfCheck", [new("SiteCode", siteCode), new("CheckCode", checkCode)]);
        var html = await blocked.Content.ReadAsStringAsync();
        Assert.Contains("校验失败次数过多", html);
        Assert.DoesNotContain("自查评分表：", html);

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        Assert.True(await db.AuditEntries.CountAsync(e => e.Action == AuditAction.LoginFailed && e.Detail!.Contains(siteCode)) >= 5);
    }

    [DatabaseFact]
    public async Task A_forged_ticket_opens_nothing_and_organizers_cannot_fill_a_self_check()
    {
        var census = await platform.CensusAsync();
        using var visitor = platform.CreateClient();
        var page = await visitor.GetPageAsync("/SelfCheck");
        var token = PlatformClient.AntiforgeryToken(page)!;
        using var forged = await visitor.Http.PostAsync("/SelfCheck?handler=Save", Body(token, "forged-ticket", "1", true, ("overview", "1", "x")));
        Assert.Contains("重新输入网站标识码和校验码", await forged.Content.ReadAsStringAsync());

        using var organizer = await census.Clients[Roles.County].PostJsonAsync($"api/v1/websites/{census.TianxinSite}/self-check", new { });
        Assert.Equal(HttpStatusCode.Forbidden, organizer.StatusCode);
        using var otherSubtree = await census.Clients[Roles.Reporter].GetAsync($"/SelfCheck?site={census.BeijingSite}");
        Assert.Equal(HttpStatusCode.NotFound, otherSubtree.StatusCode);
    }

    private static FormUrlEncodedContent Body(string token, string ticket, string version, bool submit, params (string Id, string Points, string Note)[] entries)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token), new("Ticket", ticket), new("Version", version), new("submit", submit ? "true" : "false"),
        };
        for (var i = 0; i < entries.Length; i++)
        {
            fields.Add(new($"Entries[{i}].IndicatorId", entries[i].Id));
            fields.Add(new($"Entries[{i}].Decision", "Manual"));
            fields.Add(new($"Entries[{i}].Points", entries[i].Points));
            fields.Add(new($"Entries[{i}].Note", entries[i].Note));
        }
        return new FormUrlEncodedContent(fields);
    }

    private static string Field(string html, string name) =>
        System.Text.RegularExpressions.Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value is { Length: > 0 } value
            ? WebUtility.HtmlDecode(value)
            : throw new InvalidOperationException($"no field {name}");
}

public sealed class SelfCheckTestsOnSqlite(SqlitePlatformFixture platform)
    : SelfCheckTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class SelfCheckTestsOnPostgres(PostgresPlatformFixture platform)
    : SelfCheckTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
