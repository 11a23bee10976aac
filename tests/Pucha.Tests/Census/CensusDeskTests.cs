using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Census;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Census;
using Pucha.Data.Mail;
using Pucha.Features.Census.Excel;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Census;

/// <summary>
/// The census desk (/Census/Review) and the unit's 填报与提交 page over real HTTP, on SQLite and
/// PostgreSQL: level-by-level review, 退回 with its reason, two reviewers at once, 重命名, scope,
/// filters, the 上报表 export and the multi-file import.
/// </summary>
public abstract class CensusDeskTests(PlatformFixture platform)
{
    private async Task<(SampleTree Tree, int Site)> NewSiteAsync(string? name = null)
    {
        var tree = await platform.CensusAsync();
        var body = SampleTree.Site(tree.TianxinUnit, "430103", name);
        using var response = await tree.Admin.PostJsonAsync("api/v1/websites", body);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (tree, json["id"]!.GetValue<int>());
    }

    private async Task<T> WithDbAsync<T>(Func<PuchaDbContext, Task<T>> read)
    {
        using var scope = platform.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<PuchaDbContext>());
    }

    [DatabaseFact]
    public async Task Review_goes_county_city_province_and_the_last_approval_issues_the_code_and_queues_the_mail()
    {
        var (tree, site) = await NewSiteAsync();
        Assert.Contains("已提交", await CensusSteps.SubmitAsync(tree.Clients[Roles.Reporter], site));

        // Not the city's turn yet: no button, and a forged post is refused in Chinese.
        var city = tree.Clients[Roles.City];
        Assert.DoesNotContain("审核通过</button>", RowOf(await city.GetPageAsync("/Census/Review?pageSize=100"), site));
        var refused = await CensusSteps.DeskActionAsync(city, "Approve", site, await CensusSteps.ShownVersionAsync(tree.Clients[Roles.County], site));
        Assert.Contains("正等待县级组织单位审核", refused);

        foreach (var (role, expected) in new[] { (Roles.County, "已报上级组织单位审核"), (Roles.City, "已报上级组织单位审核"), (Roles.Province, "网站标识码 4301030") })
        {
            var reviewer = tree.Clients[role];
            Assert.Contains("审核通过</button>", RowOf(await reviewer.GetPageAsync("/Census/Review?mine=true&pageSize=100"), site));
            var page = await CensusSteps.DeskActionAsync(reviewer, "Approve", site, await CensusSteps.ShownVersionAsync(reviewer, site));
            Assert.Contains(expected, page);
        }

        var (stored, levels, mail) = await WithDbAsync(async db =>
        {
            var w = await db.Websites.AsNoTracking().SingleAsync(x => x.Id == site);
            var history = await db.Set<ReviewHistoryEntry>().Where(h => h.WebsiteId == site).OrderBy(h => h.Id).Select(h => h.Level).ToListAsync();
            var outbox = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.To.Contains("zhangsan@example.gov.cn")).ToListAsync();
            return (w, history, outbox);
        });
        Assert.Equal(CensusStatus.Approved, stored.Status);
        Assert.Matches("^4301030\\d{3}$", stored.SiteCode);
        Assert.Equal(new ReviewLevel?[] { null, ReviewLevel.County, ReviewLevel.City, ReviewLevel.Province }, levels);
        Assert.Contains(mail, m => m.Subject.Contains(stored.Name, StringComparison.Ordinal));

        // The unit's page shows the whole history and the code, never the 校验码.
        var unitPage = await tree.Clients[Roles.Reporter].GetPageAsync($"/Census/Submit/{site}");
        Assert.Contains(stored.SiteCode!, unitPage);
        Assert.Contains("审核通过", unitPage);
        Assert.DoesNotContain("校验码：", unitPage);
    }

    [DatabaseFact]
    public async Task A_return_needs_a_reason_the_unit_sees_it_and_resubmission_starts_again_at_the_county()
    {
        var (tree, site) = await NewSiteAsync();
        await CensusSteps.SubmitAsync(tree.Clients[Roles.Reporter], site);
        var county = tree.Clients[Roles.County];
        await CensusSteps.DeskActionAsync(county, "Approve", site, await CensusSteps.ShownVersionAsync(county, site));

        var city = tree.Clients[Roles.City];
        var noReason = await CensusSteps.DeskActionAsync(city, "Return", site, await CensusSteps.ShownVersionAsync(city, site), ("reason", "  "));
        Assert.Contains("退回时须填写退回原因", noReason);
        var returned = await CensusSteps.DeskActionAsync(city, "Return", site, await CensusSteps.ShownVersionAsync(city, site),
            ("reason", "ICP备案编号与工信部备案不符<script>"));
        Assert.Contains("已退回填报单位", returned);
        Assert.Contains("退回原因：ICP备案编号与工信部备案不符&lt;script&gt;", RowOf(await city.GetPageAsync("/Census/Review?status=Returned&pageSize=100"), site));

        var unit = tree.Clients[Roles.Reporter];
        var unitPage = await unit.GetPageAsync($"/Census/Submit/{site}");
        Assert.Contains("退回原因：ICP备案编号与工信部备案不符&lt;script&gt;", unitPage);
        Assert.Contains("重新提交</button>", unitPage);

        var resubmitted = await CensusSteps.SubmitAsync(unit, site);
        Assert.Contains("<dd class=\"col-sm-4\" id=\"census-status\">未审核</dd>", resubmitted);
        Assert.Contains("审核通过</button>", RowOf(await county.GetPageAsync("/Census/Review?mine=true&pageSize=100"), site));
        Assert.DoesNotContain($"data-site=\"{site}\"", await city.GetPageAsync("/Census/Review?mine=true&pageSize=100"));
    }

    [DatabaseFact]
    public async Task Two_reviewers_at_once_one_wins_the_other_is_told_and_nothing_is_lost()
    {
        var (tree, site) = await NewSiteAsync();
        await CensusSteps.SubmitAsync(tree.Clients[Roles.Reporter], site);
        var second = platform.CreateClient();
        var userName = "tx-office-b" + (platform is PostgresPlatformFixture ? "pg" : "");
        await SampleTree.CreateAccountAsync(tree.Admin, tree.Tianxin, userName);
        await SampleTree.SignInFirstTimeAsync(second, userName, SampleTree.InitialPassword);

        var first = tree.Clients[Roles.County];
        var shownToFirst = await CensusSteps.ShownVersionAsync(first, site);
        var shownToSecond = await CensusSteps.ShownVersionAsync(second, site);
        Assert.Equal(shownToFirst, shownToSecond);

        // One approves while the other returns, both from the same version of the page.
        var pages = await Task.WhenAll(
            CensusSteps.DeskActionAsync(first, "Approve", site, shownToFirst),
            CensusSteps.DeskActionAsync(second, "Return", site, shownToSecond, ("reason", "联系人电话有误")));
        var won = pages.Count(p => p.Contains("已审核通过", StringComparison.Ordinal) || p.Contains("已退回填报单位", StringComparison.Ordinal));
        var told = pages.Count(p => p.Contains(CensusReviewStore.ConcurrencyMessage, StringComparison.Ordinal));
        Assert.True((won, told) == (1, 1), string.Join(" | ", pages.Select(Alerts)));

        var actions = await WithDbAsync(db => db.Set<ReviewHistoryEntry>().Where(h => h.WebsiteId == site).OrderBy(h => h.Id).Select(h => h.Action).ToListAsync());
        Assert.Equal(2, actions.Count);
        Assert.Equal(ReviewAction.Submit, actions[0]);
        var status = await WithDbAsync(db => db.Websites.Where(w => w.Id == site).Select(w => w.Status).SingleAsync());
        Assert.Equal(actions[1] == ReviewAction.Approve ? CensusStatus.PendingReview : CensusStatus.Returned, status);
    }

    [DatabaseFact]
    public async Task Rename_follows_the_edit_rule_and_keeps_the_version_check()
    {
        var (tree, site) = await NewSiteAsync();
        var county = tree.Clients[Roles.County];
        var version = await CensusSteps.ShownVersionAsync(county, site);

        var refused = await CensusSteps.DeskActionAsync(tree.Clients[Roles.City], "Rename", site, version, ("name", "别人改的名字"));
        Assert.Contains("您现在不能重命名", refused);
        var renamed = await CensusSteps.DeskActionAsync(county, "Rename", site, version, ("name", "天心区教育信息网"));
        Assert.Contains("重命名为“天心区教育信息网”", renamed);
        var stale = await CensusSteps.DeskActionAsync(county, "Rename", site, version, ("name", "过期页面上的名字"));
        Assert.Contains(CensusReviewStore.ConcurrencyMessage, stale);
        Assert.Equal("天心区教育信息网", await WithDbAsync(db => db.Websites.Where(w => w.Id == site).Select(w => w.Name).SingleAsync()));
    }

    [DatabaseFact]
    public async Task Desk_shows_the_seed_columns_filters_by_state_region_and_unit_and_stays_in_scope()
    {
        var (tree, site) = await NewSiteAsync();
        var province = tree.Clients[Roles.Province];
        var all = await province.GetPageAsync("/Census/Review?pageSize=100");
        foreach (var header in new[] { "序号", "填报人", "时间", "状态", "网站标识码", "省/部", "市", "县", "填报单位", "网站名称", "ICP备案编号" })
            Assert.Contains($"<th>{header}</th>", all);
        var row = RowOf(all, site);
        foreach (var cell in new[] { "<td>李四</td>", "<td>未提交", "<td>湖南省</td>", "<td>长沙市</td>", "<td>天心区</td>", "<td>长沙市天心区教育局</td>", "<td>湘ICP备05012345号</td>" })
            Assert.Contains(cell, row);

        Assert.Contains($"data-site=\"{site}\"", await province.GetPageAsync("/Census/Review?status=NotSubmitted&pageSize=100"));
        Assert.DoesNotContain($"data-site=\"{site}\"", await province.GetPageAsync("/Census/Review?status=PendingReview&pageSize=100"));
        Assert.Contains($"data-site=\"{site}\"", await province.GetPageAsync("/Census/Review?region=430100&pageSize=100"));
        Assert.DoesNotContain($"data-site=\"{site}\"", await tree.Admin.GetPageAsync("/Census/Review?region=110000&pageSize=100"));
        Assert.Contains($"data-site=\"{site}\"", await province.GetPageAsync($"/Census/Review?org={tree.Tianxin}&status=NotSubmitted&pageSize=100"));
        Assert.Contains($"data-site=\"{tree.BeijingSite}\"", await tree.Admin.GetPageAsync($"/Census/Review?org={tree.Beijing}"));

        // Paging: one row per page, the pager says how many.
        var paged = await province.GetPageAsync("/Census/Review?pageSize=1&page=2");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(paged, "<tr data-site="));
        Assert.Contains("<td>2</td>", paged);

        // Another subtree: its unit and its sites are simply not found.
        using var otherOrg = await province.GetAsync($"/Census/Review?org={tree.Beijing}");
        Assert.Equal(HttpStatusCode.NotFound, otherOrg.StatusCode);
        var county = tree.Clients[Roles.County];
        var token = PlatformClient.AntiforgeryToken(await county.GetPageAsync("/Census/Review"))!;
        using var foreign = await county.Http.PostAsync("/Census/Review?handler=Approve", new FormUrlEncodedContent(
            [new("id", tree.BeijingSite.ToString()), new("version", "1"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var unitDesk = await tree.Clients[Roles.Reporter].GetAsync("/Census/Review");
        Assert.Equal(HttpStatusCode.Forbidden, unitDesk.StatusCode);
    }

    [DatabaseFact]
    public async Task Export_of_the_review_list_is_a_valid_workbook_of_the_filtered_sites_with_the_signature_block()
    {
        var (tree, site) = await NewSiteAsync("导出测试网站");
        var county = tree.Clients[Roles.County];
        using var response = await county.GetAsync("/Census/Review?handler=Export&status=NotSubmitted");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
            var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText;
            foreach (var label in new[] { "单位负责人", "审核人", "填报人", "联系电话", "填报日期", "长沙市天心区人民政府办公室" })
                Assert.Contains(label, strings);
        }

        var parsed = RegistryFixtures.Parse(bytes);
        var names = parsed.Sites.Select(s => s[RegistryField.Name]).ToList();
        Assert.Contains("导出测试网站", names);
        // Everything the county's desk lists as 未提交, and nothing else.
        var expected = await WithDbAsync(db => db.Websites.CountAsync(w => w.Status == CensusStatus.NotSubmitted && w.OrganizationId == tree.TianxinUnit));
        Assert.Equal(expected, names.Count);
        Assert.Contains(site, await WithDbAsync(db => db.Websites.Where(w => w.Name == "导出测试网站").Select(w => w.Id).ToListAsync()));
    }

    [DatabaseFact]
    public async Task Organizer_imports_several_workbooks_each_all_or_nothing_with_every_error_listed()
    {
        var tree = await platform.CensusAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var good = RegistryFixtures.Site(1, $"good-{suffix}.tianxin.gov.cn");
        good[RegistryField.SupervisingUnit] = "长沙市天心区教育局";
        var secondGood = RegistryFixtures.Site(2, $"good2-{suffix}.tianxin.gov.cn");
        secondGood[RegistryField.SupervisingUnit] = "长沙市天心区教育局";
        var fine = RegistryFixtures.Site(3, $"fine-{suffix}.tianxin.gov.cn");
        fine[RegistryField.SupervisingUnit] = "长沙市天心区教育局";
        var broken = RegistryFixtures.Site(4, $"bad-{suffix}.tianxin.gov.cn");
        broken[RegistryField.IcpNumber] = "ICP12345";
        broken[RegistryField.SupervisingUnit] = "北京市教育委员会";

        var county = tree.Clients[Roles.County];
        var page = await UploadAsync(county, ("a.xlsx", RegistryFixtures.Workbook(good, secondGood)), ("b<i>.xlsx", RegistryFixtures.Workbook(fine, broken)));
        Assert.Contains("“a.xlsx”：已导入 2 个网站。", page);
        Assert.Contains("“b&lt;i&gt;.xlsx”：发现 2 处错误，未导入任何网站。", page);
        Assert.Contains("<td>政府网站基本信息表</td><td>6</td>", page);
        Assert.Contains("ICP备案编号", page);
        Assert.Contains("不是“长沙市天心区人民政府办公室”或其下级单位", page);

        var hosts = await WithDbAsync(db => db.Websites.Where(w => w.NormalizedHomepageUrl.Contains(suffix)).Select(w => w.NormalizedHomepageUrl).ToListAsync());
        Assert.Equal(2, hosts.Count);
        Assert.All(hosts, h => Assert.Contains("good", h));
    }

    /// <summary>Uploads files through /Census/Import as the browser's multipart form does.</summary>
    internal static async Task<string> UploadAsync(PlatformClient client, params (string Name, byte[] Bytes)[] files)
    {
        var token = PlatformClient.AntiforgeryToken(await client.GetPageAsync("/Census/Import"))!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            form.Add(content, "files", name);
        }

        using var response = await client.Http.PostAsync("/Census/Import", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"import: {(int)response.StatusCode} {html[..Math.Min(500, html.Length)]}");
        return html;
    }

    private static string Alerts(string html) =>
        string.Join("; ", System.Text.RegularExpressions.Regex.Matches(html, "class=\"alert[^\"]*\"[^>]*>([^<]*)<").Select(m => m.Groups[1].Value.Trim()));

    private static string RowOf(string html, int site)
    {
        var start = html.IndexOf($"<tr data-site=\"{site}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"site {site} not listed");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}

public sealed class CensusDeskOnSqlite(SqlitePlatformFixture platform)
    : CensusDeskTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class CensusDeskOnPostgres(PostgresPlatformFixture platform)
    : CensusDeskTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
