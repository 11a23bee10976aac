using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Data;
using Pucha.Inspection.Findings;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Inspections;

/// <summary>立即检查 on a registered site: the run is queued, run by the platform against a loopback site, and stored with its findings.</summary>
public abstract class StoredInspectionTests(PlatformFixture platform)
{
    [DatabaseFact]
    public async Task An_organizer_inspects_a_site_and_the_run_is_stored_with_its_findings()
    {
        await using var portal = await TestPortal.StartAsync();
        var census = await platform.CensusAsync();
        var siteId = await InspectionRuns.RegisterSiteAsync(census, portal.HomepageUrl, "测试县人民政府门户网站");
        var county = census.Clients[Roles.County];

        using var started = await county.PostJsonAsync($"api/v1/websites/{siteId}/inspections", new { });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var runId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();

        var run = await InspectionRuns.WaitForAsync(county, runId);
        Assert.Equal("Completed", run["status"]!.GetValue<string>());
        Assert.True(run["homepageReached"]!.GetValue<bool>());
        Assert.True(run["pages"]!.GetValue<long>() >= 2);
        var findings = run["findings"]!.AsArray();
        Assert.Equal(run["findingCount"]!.GetValue<int>(), findings.Count);
        var broken = findings.Single(f => f!["check"]!.GetValue<string>() == CheckIds.BrokenLink && f["url"]!.GetValue<string>().EndsWith(TestPortal.MissingPage));
        Assert.Equal(404, broken!["evidence"]!["status"]!.GetValue<int>());

        var list = (await county.Http.GetFromJsonAsync<JsonArray>($"api/v1/websites/{siteId}/inspections"))!;
        Assert.Equal(runId, list[0]!["id"]!.GetValue<long>());
        var page = await county.GetPageAsync($"/Inspections/Site/{siteId}");
        Assert.Contains("已完成", page);
        Assert.Contains(TestPortal.MissingPage, page);

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "InspectionRun" && e.EntityId == runId.ToString() && e.ActorName == "tx-office"));
    }

    [DatabaseFact]
    public async Task Pressing_the_button_twice_queues_one_run()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];
        // An address nothing listens on: the run fails quickly, which is what a failed run must look like.
        var siteId = await InspectionRuns.RegisterSiteAsync(census, "http://127.0.0.1:9/", "无法访问的网站");

        var page = await county.GetPageAsync($"/Websites/Details/{siteId}");
        Assert.Contains(">立即检查</button>", page);
        using var first = await county.SubmitFormAsync($"/Inspections/Site/{siteId}", []);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var runs = (await county.Http.GetFromJsonAsync<JsonArray>($"api/v1/websites/{siteId}/inspections"))!;
        var runId = runs[0]!["id"]!.GetValue<long>();
        using (var again = await county.PostJsonAsync($"api/v1/websites/{siteId}/inspections", new { }))
        {
            var againId = (await again.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
            var listed = (await county.Http.GetFromJsonAsync<JsonArray>($"api/v1/websites/{siteId}/inspections"))!;
            // The first run may already have failed (nothing listens on port 9): then a second one is queued.
            // What must never happen is two unfinished runs of one site.
            var unfinished = listed.Count(r => r!["status"]!.GetValue<string>() is "Queued" or "Running");
            Assert.True(unfinished <= 1, listed.ToJsonString());
            Assert.Equal(againId == runId ? 1 : 2, listed.Count);
        }

        var run = await InspectionRuns.WaitForAsync(county, runId);
        Assert.Equal("Completed", run["status"]!.GetValue<string>());
        Assert.False(run["homepageReached"]!.GetValue<bool>());
        Assert.True(run["findings"]!.AsArray().Any(f => f!["check"]!.GetValue<string>() == CheckIds.Availability && f["severity"]!.GetValue<string>() == "Veto"),
            run.ToJsonString());
    }

    [DatabaseFact]
    public async Task Another_subtree_is_not_found_and_a_reporting_unit_cannot_start_a_run()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];
        using (var other = await county.PostJsonAsync($"api/v1/websites/{census.BeijingSite}/inspections", new { }))
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using (var list = await county.GetAsync($"api/v1/websites/{census.BeijingSite}/inspections"))
            Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        using (var page = await county.GetAsync($"/Inspections/Site/{census.BeijingSite}"))
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);

        var reporter = census.Clients[Roles.Reporter];
        using (var own = await reporter.PostJsonAsync($"api/v1/websites/{census.TianxinSite}/inspections", new { }))
            Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.DoesNotContain(">立即检查</button>", await reporter.GetPageAsync($"/Inspections/Site/{census.TianxinSite}"));
    }
}

public sealed class StoredInspectionTestsOnSqlite(SqlitePlatformFixture platform)
    : StoredInspectionTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class StoredInspectionTestsOnPostgres(PostgresPlatformFixture platform)
    : StoredInspectionTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
