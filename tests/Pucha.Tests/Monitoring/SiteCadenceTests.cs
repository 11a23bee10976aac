using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pucha.Core.Campaigns;
using Pucha.Core.Monitoring;
using Pucha.Data;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Monitoring;

/// <summary>
/// The monitoring cadence through the real platform: a site's own setting (API and page, validated
/// against the rules' 20 visits a day, scoped, audited) and a running campaign's defaults for the
/// sites under its organizer.
/// </summary>
public abstract class SiteCadenceTests(PlatformFixture platform)
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [DatabaseFact]
    public async Task A_site_cadence_is_validated_scoped_and_audited()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];
        var url = $"api/v1/monitoring/sites/{census.TianxinSite}/cadence";

        foreach (var (probes, why) in new[] { (19, "应在20至288之间"), (21, "应能整除"), (300, "应在20至288之间") })
        {
            using var refused = await county.PutJsonAsync(url, new { probesPerDay = probes });
            var text = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(why, JsonNode.Parse(text)!["errors"]!["probesPerDay"]![0]!.GetValue<string>());
        }

        using (var refused = await county.PutJsonAsync(url, new { snapshotsPerDay = 0 }))
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using (var saved = await county.PutJsonAsync(url, new { probesPerDay = 48, snapshotsPerDay = 12 }))
        {
            var view = JsonNode.Parse(await saved.Content.ReadAsStringAsync())!;
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Equal(48, view["own"]!["probesPerDay"]!.GetValue<int>());
            Assert.Equal(48, view["effective"]!["probesPerDay"]!.GetValue<int>());
            Assert.Equal(12, view["effective"]!["snapshotsPerDay"]!.GetValue<int>());
            Assert.Null(view["own"]!["columnChecksPerDay"]);
        }

        // A reporting unit reads its site's cadence but cannot lower it; another subtree's site is not found.
        var reporter = census.Clients[Roles.Reporter];
        Assert.Equal(48, (await reporter.Http.GetFromJsonAsync<JsonObject>(url))!["effective"]!["probesPerDay"]!.GetValue<int>());
        using (var forbidden = await reporter.PutJsonAsync(url, new { probesPerDay = 20 }))
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using (var elsewhere = await county.PutJsonAsync($"api/v1/monitoring/sites/{census.BeijingSite}/cadence", new { probesPerDay = 48 }))
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        await using (var db = new PuchaDbContext(PuchaDbContextOptions.Create(platform.ConnectionString)))
        {
            Assert.Equal(48, (await db.Set<SiteCadence>().SingleAsync(c => c.WebsiteId == census.TianxinSite)).ProbesPerDay);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(SiteCadence) && e.EntityId == census.TianxinSite.ToString(CultureInfo.InvariantCulture)));
        }

        // The page shows it and its form refuses 19 with the Chinese message beside the field.
        var page = await county.GetPageAsync($"/Monitoring/Site/{census.TianxinSite}");
        Assert.Contains("监测频次", page);
        Assert.Contains("<td>每日可用性探测次数</td><td>48</td>", page);
        using (var posted = await county.SubmitFormAsync($"/Monitoring/Site/{census.TianxinSite}",
                   [new("Input.ProbesPerDay", "19"), new("Input.SnapshotsPerDay", ""), new("Input.ColumnChecksPerDay", "")],
                   $"/Monitoring/Site/{census.TianxinSite}?handler=Cadence"))
        {
            var html = await posted.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Contains("每日可用性探测次数应在20至288之间", html);
        }

        // Clearing every field goes back to inheriting.
        using (var cleared = await county.PutJsonAsync(url, new { }))
            Assert.Null(JsonNode.Parse(await cleared.Content.ReadAsStringAsync())!["own"]!["probesPerDay"]);
        await using (var db = new PuchaDbContext(PuchaDbContextOptions.Create(platform.ConnectionString)))
            Assert.False(await db.Set<SiteCadence>().AnyAsync(c => c.WebsiteId == census.TianxinSite));
    }

    [DatabaseFact]
    public async Task A_running_campaign_sets_the_default_cadence_of_the_sites_under_its_organizer()
    {
        var census = await platform.CensusAsync();
        var province = census.Clients[Roles.Province];
        var today = CampaignCalendar.DayOf(platform.Clock.GetUtcNow());
        var body = new Dictionary<string, object?>
        {
            ["name"] = "湖南省政府网站持续监测", ["organizerId"] = census.Hunan, ["description"] = "",
            ["surveyStart"] = Day(today.AddDays(-10)), ["surveyEnd"] = Day(today.AddDays(10)),
            ["rectificationStart"] = Day(today.AddDays(11)), ["rectificationEnd"] = Day(today.AddDays(40)),
            ["spotCheckStart"] = Day(today.AddDays(41)), ["spotCheckEnd"] = Day(today.AddDays(60)),
            ["bulletinStart"] = Day(today.AddDays(61)), ["bulletinEnd"] = Day(today.AddDays(70)),
            ["submissionDeadline"] = Day(today.AddDays(-1)), ["countyReviewDeadline"] = Day(today.AddDays(1)),
            ["cityReviewDeadline"] = Day(today.AddDays(2)), ["provinceReviewDeadline"] = Day(today.AddDays(3)),
            ["probesPerDay"] = 19,
        };
        using (var refused = await province.PostJsonAsync("api/v1/campaigns", body))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("probesPerDay", await refused.Content.ReadAsStringAsync());
        }

        body["probesPerDay"] = 30;
        body["columnChecksPerDay"] = 2;
        using (var created = await province.PostJsonAsync("api/v1/campaigns", body))
        {
            var campaign = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal(30, campaign["probesPerDay"]!.GetValue<int>());
        }

        // Inherited by the Hunan site (whatever it sets itself), not by the Beijing one.
        var hunanSite = (await census.Admin.Http.GetFromJsonAsync<JsonObject>($"api/v1/monitoring/sites/{census.TianxinSite}/cadence"))!;
        Assert.Equal(30, hunanSite["inherited"]!["probesPerDay"]!.GetValue<int>());
        Assert.Equal(2, hunanSite["inherited"]!["columnChecksPerDay"]!.GetValue<int>());
        Assert.Equal(4, hunanSite["inherited"]!["snapshotsPerDay"]!.GetValue<int>());
        var beijingSite = (await census.Admin.Http.GetFromJsonAsync<JsonObject>($"api/v1/monitoring/sites/{census.BeijingSite}/cadence"))!;
        Assert.Equal(24, beijingSite["inherited"]!["probesPerDay"]!.GetValue<int>());
        Assert.Equal(24, beijingSite["effective"]!["probesPerDay"]!.GetValue<int>());

        // The campaign's edit page carries the fields.
        var edit = await province.GetPageAsync("/Campaigns");
        Assert.Contains("湖南省政府网站持续监测", edit);
    }
}

public sealed class SiteCadenceOnSqlite(SqlitePlatformFixture platform)
    : SiteCadenceTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class SiteCadenceOnPostgres(PostgresPlatformFixture platform)
    : SiteCadenceTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
