using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Monitoring;

/// <summary>
/// The monitoring pages and their JSON over <see cref="MonitoringDataset"/>: the figures match the
/// hand-computed ones, the overview sorts and pages, the export is valid Open XML, and another
/// subtree's site is not found.
/// </summary>
public abstract class MonitoringDashboardTests(PlatformFixture platform)
{
    private async Task<SampleTree> DatasetAsync()
    {
        var census = await platform.CensusAsync();
        await MonitoringDataset.InsertAsync(platform, census);
        return census;
    }

    [DatabaseFact]
    public async Task SiteJsonGivesTheWeeksAvailabilityAndTheFortnightsUpdates()
    {
        var census = await DatasetAsync();
        var site = (await census.Clients[Roles.County].Http.GetFromJsonAsync<JsonObject>(
            $"api/v1/monitoring/sites/{census.TianxinSite}?asOf={MonitoringDataset.AsOfQuery}"))!;

        var availability = site["availability"]!;
        Assert.Equal(168, availability["visits"]!.GetValue<int>());
        Assert.Equal(9, availability["failures"]!.GetValue<int>());
        Assert.Equal(5.36m, availability["failurePercent"]!.GetValue<decimal>());
        Assert.Equal(5m, availability["vetoPercent"]!.GetValue<decimal>());
        Assert.True(availability["isVeto"]!.GetValue<bool>());

        var days = availability["days"]!.AsArray().ToDictionary(d => d!["day"]!.GetValue<string>(), d => (Visits: d!["visits"]!.GetValue<int>(), Failures: d["failures"]!.GetValue<int>()));
        Assert.Equal(["2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"], days.Keys);
        Assert.Equal((16, 0), days["2026-11-13"]);
        Assert.Equal((24, 3), days["2026-11-15"]);
        Assert.Equal((24, 6), days["2026-11-18"]);
        Assert.Equal((8, 0), days["2026-11-20"]);
        Assert.Equal(168, availability["visitPoints"]!.AsArray().Count);

        var failed = availability["failedVisits"]!.AsArray();
        Assert.Equal(9, failed.Count);
        Assert.All(failed, f => Assert.Equal(MonitoringDataset.FailureReason, f!["reason"]!.GetValue<string>()));
        Assert.Equal(MonitoringDataset.FailedSlots[0], failed[0]!["scheduledUtc"]!.GetValue<DateTime>().ToUniversalTime());

        var updates = site["updates"]!;
        Assert.Equal(3, updates["total"]!.GetValue<int>());
        Assert.Equal(1, updates["undatedItems"]!.GetValue<int>());
        Assert.Equal(1, updates["secondLevelItems"]!.GetValue<int>());
        Assert.False(updates["isVeto"]!.GetValue<bool>());
        var perDay = updates["days"]!.AsArray().ToDictionary(d => d!["day"]!.GetValue<string>(), d => d!["newItems"]!.GetValue<int>());
        Assert.Equal(15, perDay.Count); // Beijing 11-06 … 11-20
        Assert.Equal(2, perDay["2026-11-10"]);
        Assert.Equal(1, perDay["2026-11-19"]);
        Assert.Equal(0, perDay["2026-11-18"]);

        var links = site["links"]!;
        Assert.Equal(2, links["brokenLinks"]!.GetValue<long>());
        Assert.Equal(MonitoringDataset.InspectedUtc, links["inspectedUtc"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(MonitoringDataset.BrokenUrl, links["items"]![0]!["url"]!.GetValue<string>());
        Assert.Empty(site["columns"]!["flagged"]!.AsArray());

        // The last probe before the as-of point, not the one just after it.
        Assert.Equal(new DateTime(2026, 11, 19, 23, 30, 0, DateTimeKind.Utc), site["lastProbe"]!["scheduledUtc"]!.GetValue<DateTime>().ToUniversalTime());
    }

    [DatabaseFact]
    public async Task SitePageShowsTheSameFiguresAsTables()
    {
        var census = await DatasetAsync();
        var html = await census.Clients[Roles.City].GetPageAsync($"/Monitoring/Site/{census.TianxinSite}?asOf={MonitoringDataset.AsOfQuery}");

        Assert.Contains("失败占比 <strong>5.36%</strong>", html);
        Assert.Contains("站点无法访问（单项否决）", html);
        Assert.Contains("<td>2026-11-18</td><td>24</td><td>6</td><td>25%</td>", html);
        Assert.Contains("<td>2026-11-18 08:30:00</td>", html); // first failure on Beijing 11-18 (00:30 UTC)
        Assert.Contains(MonitoringDataset.FailureReason, html);
        Assert.Contains("<td>2026-11-10</td><td>2</td>", html);
        Assert.Contains("新增信息 <strong>3</strong> 条", html);
        Assert.Contains("其中 1 条来自二级页面（首页仅为网站栏目导航入口，按二级页面统计）", html);
        Assert.Contains("错误链接 <strong>2</strong> 个", html);
        Assert.Contains(MonitoringDataset.BrokenUrl, html);
        Assert.Contains("/lib/echarts/echarts.min.js", html);
        Assert.Contains($"data-monitoring-src=\"/api/v1/monitoring/sites/{census.TianxinSite}?asOf=2026-11-20T00%3A00%3A00Z\"", html);
    }

    [DatabaseFact]
    public async Task OverviewListsTheSubtreeSortedAndPaged()
    {
        var census = await DatasetAsync();
        var admin = census.Admin;
        var worstFirst = (await admin.Http.GetFromJsonAsync<JsonObject>($"api/v1/monitoring/sites?sort=availability&desc=true&asOf={MonitoringDataset.AsOfQuery}"))!;
        Assert.True(worstFirst["total"]!.GetValue<int>() >= 2);
        var first = worstFirst["items"]![0]!;
        Assert.Equal(census.TianxinSite, first["siteId"]!.GetValue<int>());
        Assert.Equal(168, first["visits7d"]!.GetValue<int>());
        Assert.Equal(9, first["failures7d"]!.GetValue<int>());
        Assert.Equal(5.36m, first["failurePercent7d"]!.GetValue<decimal>());
        Assert.Equal(3, first["homepageUpdates14d"]!.GetValue<int>());
        Assert.True(first["lastProbeOk"]!.GetValue<bool>());
        Assert.Null(first["staleColumns"]); // no column check has run
        Assert.Equal(2, first["brokenLinks"]!.GetValue<int>()); // the inspection before the as-of point, not the later one
        Assert.Equal(MonitoringDataset.InspectedUtc, first["lastInspectionUtc"]!.GetValue<DateTime>().ToUniversalTime());

        var beijing = worstFirst["items"]!.AsArray().Single(i => i!["siteId"]!.GetValue<int>() == census.BeijingSite)!;
        Assert.Equal(24, beijing["visits7d"]!.GetValue<int>());
        Assert.Equal(0m, beijing["failurePercent7d"]!.GetValue<decimal>());

        var ascending = (await admin.Http.GetFromJsonAsync<JsonObject>($"api/v1/monitoring/sites?sort=availability&asOf={MonitoringDataset.AsOfQuery}&pageSize=100"))!;
        var order = ascending["items"]!.AsArray().Select(i => i!["siteId"]!.GetValue<int>()).ToList();
        Assert.True(order.IndexOf(census.BeijingSite) < order.IndexOf(census.TianxinSite));

        var county = (await census.Clients[Roles.County].Http.GetFromJsonAsync<JsonObject>($"api/v1/monitoring/sites?asOf={MonitoringDataset.AsOfQuery}"))!;
        Assert.All(county["items"]!.AsArray(), i => Assert.NotEqual(census.BeijingSite, i!["siteId"]!.GetValue<int>()));
        Assert.Contains(county["items"]!.AsArray(), i => i!["siteId"]!.GetValue<int>() == census.TianxinSite);

        var secondPage = (await admin.Http.GetFromJsonAsync<JsonObject>($"api/v1/monitoring/sites?sort=availability&desc=true&page=2&pageSize=1&asOf={MonitoringDataset.AsOfQuery}"))!;
        Assert.Single(secondPage["items"]!.AsArray());
        Assert.NotEqual(census.TianxinSite, secondPage["items"]![0]!["siteId"]!.GetValue<int>());

        var html = await census.Clients[Roles.Province].GetPageAsync($"/Monitoring?Sort=availability&Desc=true&AsOf={MonitoringDataset.AsOfQuery}");
        Assert.Contains($"href=\"/Monitoring/Site/{census.TianxinSite}\"", html);
        Assert.Contains("5.36%", html);
        Assert.DoesNotContain($"href=\"/Monitoring/Site/{census.BeijingSite}\"", html);
    }

    [DatabaseFact]
    public async Task ExportIsValidOpenXmlWithOneRowPerSite()
    {
        var census = await DatasetAsync();
        using var response = await census.Clients[Roles.County].GetAsync($"api/v1/monitoring/sites/export?sort=availability&desc=true&asOf={MonitoringDataset.AsOfQuery}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Descendants<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        Assert.Equal("网站监测状态表", rows[0][0]);
        Assert.Contains("2026-11-20 08:00", rows[1][0]);
        Assert.Equal("序号", rows[2][0]);
        var data = rows.Skip(3).ToList();
        Assert.Single(data); // the county office sees only 天心区's site
        Assert.Equal(["1", "168", "9", "5.36", "2"], new[] { data[0][0], data[0][5], data[0][6], data[0][7], data[0][12] });
    }

    [DatabaseFact]
    public async Task AnotherSubtreesSiteIsNotFound()
    {
        var census = await DatasetAsync();
        var county = census.Clients[Roles.County];
        using var json = await county.GetAsync($"api/v1/monitoring/sites/{census.BeijingSite}");
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        using var page = await county.GetAsync($"/Monitoring/Site/{census.BeijingSite}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        using var own = await county.GetAsync($"api/v1/monitoring/sites/{census.TianxinSite}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}

public sealed class MonitoringDashboardOnSqlite(SqlitePlatformFixture platform)
    : MonitoringDashboardTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class MonitoringDashboardOnPostgres(PostgresPlatformFixture platform)
    : MonitoringDashboardTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
