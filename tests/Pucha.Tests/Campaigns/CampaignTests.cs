using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pucha.Core.Campaigns;
using Pucha.Data;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Campaigns;

/// <summary>
/// Campaigns through the real platform: created on the Chinese pages (anti-forgery, audited) and the
/// API, edited with optimistic concurrency, visible only where they cover or lie in the caller's
/// subtree, and their progress board counted per child with drill-down and desk links.
/// </summary>
public abstract class CampaignTests(PlatformFixture platform)
{
    private DateOnly Today => CampaignCalendar.DayOf(platform.Clock.GetUtcNow());

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // In 统计摸底 today; the units' deadline was yesterday, the review deadlines are still ahead.
    private Dictionary<string, object?> Body(int organizer, string name) => new()
    {
        ["name"] = name, ["organizerId"] = organizer, ["description"] = "按照国办通知开展普查。",
        ["surveyStart"] = Day(Today.AddDays(-10)), ["surveyEnd"] = Day(Today.AddDays(10)),
        ["rectificationStart"] = Day(Today.AddDays(11)), ["rectificationEnd"] = Day(Today.AddDays(40)),
        ["spotCheckStart"] = Day(Today.AddDays(41)), ["spotCheckEnd"] = Day(Today.AddDays(60)),
        ["bulletinStart"] = Day(Today.AddDays(61)), ["bulletinEnd"] = Day(Today.AddDays(70)),
        ["submissionDeadline"] = Day(Today.AddDays(-1)), ["countyReviewDeadline"] = Day(Today.AddDays(1)),
        ["cityReviewDeadline"] = Day(Today.AddDays(2)), ["provinceReviewDeadline"] = Day(Today.AddDays(3)),
    };

    private static IEnumerable<KeyValuePair<string, string>> Form(Dictionary<string, object?> body) =>
        body.Select(p => new KeyValuePair<string, string>("Input." + char.ToUpperInvariant(p.Key[0]) + p.Key[1..], p.Value?.ToString() ?? ""));

    [DatabaseFact]
    public async Task Administrator_creates_a_campaign_on_the_page_and_sees_the_phase_and_the_board()
    {
        var census = await platform.CensusAsync();
        var admin = census.Admin;

        using (var noToken = await admin.PostFormWithoutTokenAsync("/Campaigns/Create", Form(Body(census.Hunan, "无令牌"))))
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        var invalid = Body(census.Hunan, "错误日期");
        invalid["surveyEnd"] = Day(Today.AddDays(-20));
        using (var refused = await admin.SubmitFormAsync("/Campaigns/Create", Form(invalid)))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("统计摸底阶段的结束日期不能早于开始日期。", await refused.Content.ReadAsStringAsync());
        }

        using var created = await admin.SubmitFormAsync("/Campaigns/Create", Form(Body(census.Hunan, "湖南省政府网站普查")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = created.Headers.Location!.OriginalString;
        var id = int.Parse(details.Split('/')[^1], CultureInfo.InvariantCulture);

        var html = await admin.GetPageAsync(details);
        Assert.Contains("<strong id=\"current-phase\">统计摸底</strong>", html);
        Assert.Contains($"href=\"/Campaigns/Details/{id}?org={census.Changsha}\"", html);
        Assert.Contains($"href=\"/Census/Review?org={census.Changsha}&amp;status=NotSubmitted\"", html);
        Assert.Contains($"href=\"/Census/Review?org={census.Changsha}&amp;late=true&amp;campaign={id}\"", html);
        Assert.Contains("湖南省政府网站普查", await admin.GetPageAsync("/Campaigns"));

        await using var db = new PuchaDbContext(PuchaDbContextOptions.Create(platform.ConnectionString));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(Campaign) && e.EntityId == id.ToString()));
        Assert.False(await db.Set<Campaign>().AnyAsync(c => c.Name == "错误日期" || c.Name == "无令牌"));
    }

    [DatabaseFact]
    public async Task The_board_counts_each_child_and_drills_down_to_the_county()
    {
        var census = await platform.CensusAsync();
        var id = await CreateAsync(census.Admin, census.Hunan, "逐级进度");

        var top = await ProgressAsync(census.Admin, id, null);
        Assert.Equal(census.Hunan, top["organizationId"]!.GetValue<int>());
        var row = Assert.Single(top["rows"]!.AsArray())!;
        Assert.Equal(census.Changsha, row["organizationId"]!.GetValue<int>());
        Assert.Equal(Counts(row), Counts(top, "total"));

        var city = await ProgressAsync(census.Admin, id, census.Changsha);
        Assert.Equal(census.Tianxin, Assert.Single(city["rows"]!.AsArray())!["organizationId"]!.GetValue<int>());

        // The county organizer starts at its own unit; the sample site is 未提交 after the units' deadline: 逾期.
        var county = await ProgressAsync(census.Clients[Roles.County], id, null);
        var unitRow = Assert.Single(county["rows"]!.AsArray())!;
        Assert.Equal(census.TianxinUnit, unitRow["organizationId"]!.GetValue<int>());
        var counts = Counts(unitRow);
        Assert.True(counts.NotSubmitted >= 1 && counts.Late == counts.NotSubmitted + counts.Returned && counts.PendingReview == 0, counts.ToString());

        // Above its own unit, or in another province: not found.
        using var up = await census.Clients[Roles.County].GetAsync($"api/v1/campaigns/{id}/progress?org={census.Hunan}");
        Assert.Equal(HttpStatusCode.NotFound, up.StatusCode);
        using var foreign = await census.Admin.GetAsync($"api/v1/campaigns/{id}/progress?org={census.Beijing}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [DatabaseFact]
    public async Task Only_the_running_organizer_edits_with_the_version_it_read_and_other_provinces_see_nothing()
    {
        var census = await platform.CensusAsync();
        var province = census.Clients[Roles.Province];
        var county = census.Clients[Roles.County];

        // The province runs its own campaign; whatever organizer id it sends, the campaign is its own.
        var id = await CreateAsync(province, census.Beijing, "湖南省网站检查");
        var campaign = (await province.Http.GetFromJsonAsync<JsonObject>($"api/v1/campaigns/{id}"))!;
        Assert.Equal(census.Hunan, campaign["organizerId"]!.GetValue<int>());
        Assert.Equal("统计摸底", campaign["currentPhaseLabel"]!.GetValue<string>());

        using (var forbidden = await county.PostJsonAsync("api/v1/campaigns", Body(census.Tianxin, "县级活动")))
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using (var page = await county.GetAsync("Campaigns/Create"))
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);

        var update = Body(census.Hunan, "湖南省网站检查（修订）");
        update["version"] = 1;
        using (var byCounty = await county.PutJsonAsync($"api/v1/campaigns/{id}", update))
            Assert.Equal(HttpStatusCode.Forbidden, byCounty.StatusCode);
        using (var ok = await province.PutJsonAsync($"api/v1/campaigns/{id}", update))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using (var stale = await province.PutJsonAsync($"api/v1/campaigns/{id}", update))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Contains("该活动已被他人修改", await stale.Content.ReadAsStringAsync());
        }

        // The edit page round-trips the stored dates and version.
        var edit = await province.GetPageAsync($"Campaigns/Edit/{id}");
        Assert.Contains($"value=\"{Day(Today.AddDays(-10))}\"", edit);
        using (var saved = await province.SubmitFormAsync($"Campaigns/Edit/{id}",
                   Form(Body(census.Hunan, "湖南省网站检查（二次修订）")).Append(new("Input.Version", "2"))))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // A campaign of 北京市 does not exist for 湖南's people.
        var beijing = await CreateAsync(census.Admin, census.Beijing, "北京市政府网站普查");
        foreach (var client in new[] { province, county, census.Clients[Roles.Reporter] })
        {
            using var get = await client.GetAsync($"api/v1/campaigns/{beijing}");
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            using var page = await client.GetAsync($"Campaigns/Details/{beijing}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            var list = (await client.Http.GetFromJsonAsync<JsonArray>("api/v1/campaigns"))!;
            Assert.DoesNotContain(list, c => c!["id"]!.GetValue<int>() == beijing);
            Assert.Contains(list, c => c!["id"]!.GetValue<int>() == id);
        }
    }

    private async Task<int> CreateAsync(PlatformClient client, int organizer, string name)
    {
        using var response = await client.PostJsonAsync("api/v1/campaigns", Body(organizer, name));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create campaign: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["id"]!.GetValue<int>();
    }

    private static async Task<JsonObject> ProgressAsync(PlatformClient client, int id, int? org)
    {
        using var response = await client.GetAsync($"api/v1/campaigns/{id}/progress" + (org is { } o ? $"?org={o}" : ""));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"progress: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static (int NotSubmitted, int PendingReview, int Returned, int Approved, int Late) Counts(JsonNode node, string property = "counts")
    {
        var c = node[property]!;
        return (c["notSubmitted"]!.GetValue<int>(), c["pendingReview"]!.GetValue<int>(), c["returned"]!.GetValue<int>(),
            c["approved"]!.GetValue<int>(), c["late"]!.GetValue<int>());
    }
}

public sealed class CampaignTestsOnSqlite(SqlitePlatformFixture platform)
    : CampaignTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class CampaignTestsOnPostgres(PostgresPlatformFixture platform)
    : CampaignTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
