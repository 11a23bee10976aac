using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Data;
using Pucha.Tests.Infrastructure;
using Pucha.Tests.Inspections;

namespace Pucha.Tests.ScoreSheets;

/// <summary>
/// 检查 by an organizer, prefilled from the latest stored inspection: confirm or override each machine
/// finding (an override needs a note), submit, locked; 抽查 only by the top level; history, exports.
/// </summary>
public abstract class InspectionSheetTests(PlatformFixture platform)
{
    [DatabaseFact]
    public async Task An_organizer_scores_a_site_from_its_latest_inspection_overrides_a_finding_and_exports_the_sheet_and_the_report()
    {
        await using var portal = await TestPortal.StartAsync();
        var census = await platform.CensusAsync();
        var siteId = await InspectionRuns.RegisterSiteAsync(census, portal.HomepageUrl, "测试县教育局网站");
        var city = census.Clients[Roles.City];
        using (var started = await city.PostJsonAsync($"api/v1/websites/{siteId}/inspections", new { }))
            await InspectionRuns.WaitForAsync(city, (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>());

        using var created = await city.PostJsonAsync($"api/v1/websites/{siteId}/score-sheets", new { kind = "Inspection" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var sheetId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        var sheet = (await city.Http.GetFromJsonAsync<JsonObject>($"api/v1/score-sheets/{sheetId}"))!;
        Assert.NotNull(sheet["inspectionRunId"]);
        var items = sheet["score"]!["items"]!.AsArray();
        var machine = items.Where(i => i!["findings"]!.AsArray().Count > 0).Select(i => i!["id"]!.GetValue<string>()).ToList();
        Assert.Contains("usability", machine); // the broken link on the homepage: 可用性, 0.2 each
        var usability = items.Single(i => i!["id"]!.GetValue<string>() == "usability")!;
        Assert.Equal(0.2m, usability["deducted"]!.GetValue<decimal>());
        var before = sheet["total"]!.GetValue<decimal>();

        // Submitting before deciding every machine finding is refused.
        using (var undecided = await city.PutJsonAsync($"api/v1/score-sheets/{sheetId}", new { version = 1, submit = true, entries = Array.Empty<object>() }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, undecided.StatusCode);
            Assert.Contains("请确认或改判", await undecided.Content.ReadAsStringAsync());
        }
        // An override without a note is refused.
        var decisions = machine.Where(id => id != "usability").Select(id => (object)new { indicatorId = id, decision = "Confirm" }).ToList();
        using (var noNote = await city.PutJsonAsync($"api/v1/score-sheets/{sheetId}", new
        {
            version = 1, submit = false,
            entries = decisions.Append(new { indicatorId = "usability", decision = "Override", points = 0m, note = "" }),
        }))
            Assert.Contains("改判须填写说明", await noNote.Content.ReadAsStringAsync());

        using var submitted = await city.PutJsonAsync($"api/v1/score-sheets/{sheetId}", new
        {
            version = 1, submit = true,
            entries = decisions
                .Append(new { indicatorId = "usability", decision = "Override", points = 0m, note = "该文件已按规定撤销，链接为历史链接" })
                .Append(new { indicatorId = "overview", decision = "Manual", points = 1m, note = "概况信息未更新" }),
        });
        var body = await submitted.Content.ReadAsStringAsync();
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, body);
        var result = JsonNode.Parse(body)!;
        Assert.Equal("Submitted", result["status"]!.GetValue<string>());
        Assert.Equal(before + 0.2m - 1m, result["total"]!.GetValue<decimal>());
        var overridden = result["score"]!["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == "usability")!;
        Assert.Equal(0m, overridden["deducted"]!.GetValue<decimal>());
        Assert.Contains(overridden["decisions"]!.AsArray(), d => d!["person"]?.GetValue<string>() == "cs-office" && d["text"]!.GetValue<string>().Contains("历史链接"));
        Assert.Contains(overridden["decisions"]!.AsArray(), d => d!["decidedBy"]!.GetValue<string>() == "machine" && d["overridden"]!.GetValue<bool>());

        using (var locked = await city.PutJsonAsync($"api/v1/score-sheets/{sheetId}", new { version = 2, submit = false, entries = decisions }))
            Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);

        // Exports: the sheet shaped like the official table, and the 上报表 of the city's subtree; both valid Open XML.
        using var xlsx = await city.GetAsync($"api/v1/score-sheets/{sheetId}/xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var texts = Workbooks.ValidTexts(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Contains("存在的问题", texts);
        Assert.Contains(texts, t => t.Contains("历史链接"));
        using var report = await city.GetAsync($"api/v1/organizations/{census.Changsha}/score-report?kind=Inspection");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var rows = Workbooks.ValidTexts(await report.Content.ReadAsByteArrayAsync());
        Assert.Contains("测试县教育局网站", rows);
        Assert.Contains(rows, t => t.StartsWith("合计：1个网站"));

        var history = (await city.Http.GetFromJsonAsync<JsonArray>($"api/v1/websites/{siteId}/score-sheets"))!;
        Assert.Equal(sheetId, history[0]!["id"]!.GetValue<long>());
        var page = await city.GetPageAsync($"/ScoreSheets/Site/{siteId}");
        Assert.Contains("cs-office", page);
        Assert.Contains("检查", page);

        // The county below sees it; Beijing's organizer tree does not.
        using var outside = await census.Clients[Roles.County].GetAsync($"api/v1/score-sheets/{sheetId}");
        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "SiteScoreSheet" && e.EntityId == sheetId.ToString() && e.Detail!.StartsWith("拒绝修改")));
    }

    [DatabaseFact]
    public async Task Only_the_top_level_spot_checks_and_other_subtrees_are_not_found()
    {
        var census = await platform.CensusAsync();
        var province = census.Clients[Roles.Province];
        using (var spot = await province.PostJsonAsync($"api/v1/websites/{census.TianxinSite}/score-sheets", new { kind = "SpotCheck" }))
            Assert.Equal(HttpStatusCode.Forbidden, spot.StatusCode);
        using (var reporter = await census.Clients[Roles.Reporter].PostJsonAsync($"api/v1/websites/{census.TianxinSite}/score-sheets", new { kind = "Inspection" }))
            Assert.Equal(HttpStatusCode.Forbidden, reporter.StatusCode);
        using (var other = await province.PostJsonAsync($"api/v1/websites/{census.BeijingSite}/score-sheets", new { kind = "Inspection" }))
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using (var history = await province.GetAsync($"api/v1/websites/{census.BeijingSite}/score-sheets"))
            Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
        using (var report = await province.GetAsync($"api/v1/organizations/{census.Beijing}/score-report"))
            Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);

        // The top level (国务院办公厅) may spot-check any site.
        await SampleTree.CreateAccountAsync(census.Admin, census.Root, "gwy-office");
        using var top = platform.CreateClient();
        await SampleTree.SignInFirstTimeAsync(top, "gwy-office", SampleTree.InitialPassword);
        using var allowed = await top.PostJsonAsync($"api/v1/websites/{census.BeijingSite}/score-sheets", new { kind = "SpotCheck" });
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        var sheet = (await allowed.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("SpotCheck", sheet["kind"]!.GetValue<string>());
        Assert.Null(sheet["inspectionRunId"]); // never inspected: nothing to prefill
    }

    [DatabaseFact]
    public async Task An_inspection_is_scored_against_the_2015_sheet_when_chosen_and_other_tables_are_refused()
    {
        var census = await platform.CensusAsync();
        var city = census.Clients[Roles.City];
        var siteId = await SampleTree.CreateSiteAsync(city, census.TianxinUnit, "430103");

        using var census2015 = await city.PostJsonAsync($"api/v1/websites/{siteId}/score-sheets", new { kind = "Inspection", indicatorSet = "2015" });
        Assert.Equal(HttpStatusCode.Created, census2015.StatusCode);
        var sheet2015 = (await census2015.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("census-2015", sheet2015["indicatorSet"]!.GetValue<string>());
        var read = (await city.Http.GetFromJsonAsync<JsonObject>($"api/v1/score-sheets/{sheet2015["id"]}"))!;
        Assert.Equal("census-2015", read["score"]!["indicatorSet"]!.GetValue<string>());

        // A draft is reused only for the same table: the 2019 sheet is a sheet of its own.
        using var website2019 = await city.PostJsonAsync($"api/v1/websites/{siteId}/score-sheets", new { kind = "Inspection" });
        var sheet2019 = (await website2019.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("website-2019", sheet2019["indicatorSet"]!.GetValue<string>());
        Assert.NotEqual(sheet2015["id"]!.GetValue<long>(), sheet2019["id"]!.GetValue<long>());

        using var supervision = await city.PostJsonAsync($"api/v1/websites/{siteId}/score-sheets", new { kind = "Inspection", indicatorSet = "supervision-2019" });
        Assert.Equal(HttpStatusCode.BadRequest, supervision.StatusCode);
        Assert.Contains("指标体系", await supervision.Content.ReadAsStringAsync());
    }
}

public sealed class InspectionSheetTestsOnSqlite(SqlitePlatformFixture platform)
    : InspectionSheetTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class InspectionSheetTestsOnPostgres(PostgresPlatformFixture platform)
    : InspectionSheetTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
