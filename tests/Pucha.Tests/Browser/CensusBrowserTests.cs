using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using Pucha.Features.Census.Excel;
using Pucha.Tests.Census;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Browser;

/// <summary>
/// The census in Chromium, each person in a browser profile of their own: a county unit fills both
/// forms, validates and submits; county, city and province approve on their desks; the 网站标识码 and
/// 校验码 arrive at the real aiosmtpd server; the unit opens its self-check with them. Plus 退回 and
/// 重新提交, and the offline path (template download, workbook upload with its errors listed).
/// </summary>
public sealed class CensusBrowserTests(SmtpPlatformFixture platform) : IClassFixture<SmtpPlatformFixture>
{
    private const string UnitUser = "tx-edu";
    private const string CountyUser = "tx-office";
    private const string CityUser = "cs-office";
    private const string ProvinceUser = "hn-office";

    [SmtpFact]
    public async Task County_unit_submits_three_levels_approve_the_codes_arrive_by_mail_and_open_the_self_check()
    {
        var tree = await platform.CensusAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var driver = playwright;
        await using var chromium = browser;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var siteName = $"天心区教育局网站{suffix}";

        // 填报单位: 政府网站基本信息表 in the browser, saved as a draft (未提交).
        var unit = await Chromium.SignedInPageAsync(browser, platform.BaseAddress, UnitUser, SampleTree.Password);
        await unit.GotoAsync("/Websites/Edit");
        await FillBasicFormAsync(unit, siteName, $"http://jyj{suffix}.tianxin.gov.cn/");
        await unit.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await unit.WaitForURLAsync("**/Websites/Details/*");
        var site = int.Parse(new Uri(unit.Url).Segments[^1]);

        // 政府网站栏目（系统）基本信息表: one real column, '无' where the site has none.
        await unit.GetByRole(AriaRole.Link, new() { Name = "编辑栏目（系统）信息" }).ClickAsync();
        await unit.WaitForURLAsync("**/Websites/Columns/*");
        var names = unit.Locator("textarea[name$='.Names']");
        var addresses = unit.Locator("textarea[name$='.Addresses']");
        var rows = await names.CountAsync();
        Assert.Equal(14, rows);
        for (var i = 0; i < rows; i++)
        {
            await names.Nth(i).FillAsync(i == 1 ? "工作动态" : "无");
            await addresses.Nth(i).FillAsync(i == 1 ? $"http://jyj{suffix}.tianxin.gov.cn/gzdt/" : "无");
        }

        await unit.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await unit.WaitForURLAsync("**/Websites/Details/*");

        // 校验, then 提交.
        await unit.GetByRole(AriaRole.Link, new() { Name = "填报与提交" }).ClickAsync();
        await Assertions.Expect(unit.Locator("#census-status")).ToHaveTextAsync("未提交");
        await unit.GetByRole(AriaRole.Button, new() { Name = "校验" }).ClickAsync();
        await Assertions.Expect(unit.Locator("#validation-result")).ToHaveTextAsync("校验通过，可以提交。");
        await unit.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Assertions.Expect(unit.GetByText("已提交，等待上级组织单位审核")).ToBeVisibleAsync();
        await Assertions.Expect(unit.Locator("#census-status")).ToHaveTextAsync("未审核");

        // County → city → province, each on its own desk.
        foreach (var (user, expected) in new[] { (CountyUser, "已报上级组织单位审核"), (CityUser, "已报上级组织单位审核"), (ProvinceUser, "网站标识码") })
        {
            var reviewer = await Chromium.SignedInPageAsync(browser, platform.BaseAddress, user, SampleTree.Password);
            await reviewer.GotoAsync("/Census/Review?mine=true");
            var row = reviewer.Locator("tr", new() { HasText = siteName });
            await Assertions.Expect(row).ToContainTextAsync("未审核");
            await row.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
            await Assertions.Expect(reviewer.Locator(".alert-success")).ToContainTextAsync(expected);
            if (user == ProvinceUser)
                await Chromium.ScreenshotAsync(reviewer, "census-desk-province.png");
            await reviewer.Context.CloseAsync();
        }

        // The notification reaches the SMTP server; the codes are read from the captured mail.
        var mail = (await CensusSteps.WaitForMailAsync(platform.Smtp, 1)).Select(CensusSteps.Body).FirstOrDefault(b => b.Contains(siteName, StringComparison.Ordinal));
        Assert.NotNull(mail);
        var (siteCode, checkCode) = CensusSteps.Codes(mail);
        Assert.Matches("^4301030\\d{3}$", siteCode);

        // The unit opens its self-check with them.
        await unit.GotoAsync("/SelfCheck");
        await unit.GetByLabel("网站标识码").FillAsync(siteCode);
        await unit.GetByLabel("校验码").FillAsync(checkCode);
        await unit.GetByRole(AriaRole.Button, new() { Name = "打开自查表" }).ClickAsync();
        var heading = unit.Locator("h1");
        await Assertions.Expect(heading).ToContainTextAsync("自查评分表");
        await Assertions.Expect(heading).ToContainTextAsync(siteName);
        await Chromium.ScreenshotAsync(unit, "census-self-check.png");
        Assert.True(site > 0);
    }

    [Fact]
    public async Task A_returned_record_shows_its_reason_to_the_unit_which_fixes_and_resubmits()
    {
        var tree = await platform.CensusAsync();
        var site = await SampleTree.CreateSiteAsync(tree.Admin, tree.TianxinUnit, "430103");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var driver = playwright;
        await using var chromium = browser;

        var unit = await Chromium.SignedInPageAsync(browser, platform.BaseAddress, UnitUser, SampleTree.Password);
        await unit.GotoAsync($"/Census/Submit/{site}");
        await unit.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Assertions.Expect(unit.Locator("#census-status")).ToHaveTextAsync("未审核");

        // The county office returns it with a reason.
        var county = await Chromium.SignedInPageAsync(browser, platform.BaseAddress, CountyUser, SampleTree.Password);
        await county.GotoAsync("/Census/Review?mine=true");
        var row = county.Locator($"tr[data-site='{site}']");
        await row.Locator("summary", new() { HasText = "退回" }).ClickAsync();
        await row.GetByLabel("退回原因").FillAsync("ICP备案编号与备案系统不一致，请核实。");
        await row.GetByRole(AriaRole.Button, new() { Name = "确认退回" }).ClickAsync();
        await Assertions.Expect(county.Locator(".alert-success")).ToContainTextAsync("已退回填报单位");

        // The unit sees why, fixes the form, and resubmits.
        await unit.GotoAsync($"/Census/Submit/{site}");
        await Assertions.Expect(unit.Locator("#return-reason")).ToContainTextAsync("ICP备案编号与备案系统不一致，请核实。");
        await Chromium.ScreenshotAsync(unit, "census-returned.png");
        await unit.GetByRole(AriaRole.Link, new() { Name = "填写政府网站基本信息表" }).ClickAsync();
        await unit.Locator("#Input_IcpNumber").FillAsync("湘ICP备05099999号");
        await unit.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await unit.WaitForURLAsync("**/Websites/Details/*");
        await unit.GotoAsync($"/Census/Submit/{site}");
        await unit.GetByRole(AriaRole.Button, new() { Name = "重新提交" }).ClickAsync();
        await Assertions.Expect(unit.Locator("#census-status")).ToHaveTextAsync("未审核");

        // Back at the bottom of the route: the county reviews the fixed record.
        await county.GotoAsync("/Census/Review?mine=true");
        var again = county.Locator($"tr[data-site='{site}']");
        await Assertions.Expect(again).ToContainTextAsync("湘ICP备05099999号");
        await Assertions.Expect(again.GetByRole(AriaRole.Button, new() { Name = "审核通过" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Unit_downloads_the_template_and_uploads_workbooks_seeing_every_error_of_a_bad_one()
    {
        await platform.CensusAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var driver = playwright;
        await using var chromium = browser;
        var unit = await Chromium.SignedInPageAsync(browser, platform.BaseAddress, UnitUser, SampleTree.Password);
        await unit.GotoAsync("/Census/Import");

        var download = await unit.RunAndWaitForDownloadAsync(() => unit.GetByRole(AriaRole.Link, new() { Name = "下载填报模板" }).ClickAsync());
        var templatePath = Path.Combine(Path.GetTempPath(), $"pucha-template-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(templatePath);
        using (var template = SpreadsheetDocument.Open(templatePath, false))
        {
            var sheets = template.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Contains(RegistryLayout.BasicSheet, sheets);
            Assert.Contains(RegistryLayout.ColumnsSheet, sheets);
        }

        File.Delete(templatePath);

        var suffix = Guid.NewGuid().ToString("N")[..8];
        var good = RegistryFixtures.Site(1, $"upload-{suffix}.tianxin.gov.cn");
        good[RegistryField.SupervisingUnit] = "长沙市天心区教育局";
        var bad = RegistryFixtures.Site(2, $"upload-bad-{suffix}.tianxin.gov.cn");
        bad[RegistryField.SupervisingUnit] = "长沙市天心区教育局";
        bad[RegistryField.ManagerEmail] = "不是邮箱";
        bad.ColumnNames[0] = "";
        await unit.Locator("#files").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "good.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = RegistryFixtures.Workbook(good) },
            new FilePayload { Name = "bad.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = RegistryFixtures.Workbook(bad) },
        });
        await unit.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Assertions.Expect(unit.GetByText("“good.xlsx”：已导入 1 个网站。")).ToBeVisibleAsync();
        await Assertions.Expect(unit.GetByText(new Regex("“bad.xlsx”：发现 \\d+ 处错误，未导入任何网站"))).ToBeVisibleAsync();
        var errors = unit.Locator("table.import-errors tbody tr");
        await Assertions.Expect(errors.Filter(new() { HasText = RegistryLayout.BasicSheet }).Filter(new() { HasText = "电子邮箱" })).Not.ToHaveCountAsync(0);
        await Assertions.Expect(errors.Filter(new() { HasText = RegistryLayout.ColumnsSheet })).Not.ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(unit, "census-import-errors.png");

        await unit.GotoAsync("/Websites");
        await Assertions.Expect(unit.GetByRole(AriaRole.Link, new() { Name = "天心区测试网站1" }).First).ToBeVisibleAsync();
        await Assertions.Expect(unit.GetByRole(AriaRole.Link, new() { Name = "天心区测试网站2" })).ToHaveCountAsync(0);
    }

    private static async Task FillBasicFormAsync(IPage page, string name, string homepage)
    {
        await page.Locator("#Input_RegionCode").FillAsync("430103");
        await page.Locator("#Input_WebsiteType").SelectOptionAsync(new SelectOptionValue { Label = "部门网站" });
        var fields = new Dictionary<string, string>
        {
            ["DepartmentOrRegion"] = "湖南省长沙市天心区", ["Name"] = name, ["IcpNumber"] = "湘ICP备05012345号",
            ["HomepageUrl"] = homepage, ["SupervisingUnit"] = "长沙市天心区教育局",
            ["OfficeAddress"] = "湖南省长沙市天心区书院路1号", ["Sponsor"] = "长沙市天心区教育局",
            ["PublicSecurityRecordNumber"] = "湘公网安备43010302000123号",
            ["ManagerName"] = "张三", ["ManagerTitle"] = "局长", ["ManagerOfficePhone"] = "0731-85123456", ["ManagerMobile"] = "13800138000",
            ["ManagerEmail"] = "zhangsan@tianxin.example",
            ["ContactName"] = "李四", ["ContactOfficePhone"] = "0731-85123457", ["ContactMobile"] = "13800138001", ["ContactEmail"] = "lisi@tianxin.example",
            ["SignatoryHead"] = "张三", ["SignatoryReviewer"] = "王五", ["SignatoryFiller"] = "李四", ["SignatoryPhone"] = "0731-85123457",
        };
        foreach (var (field, value) in fields)
            await page.Locator($"#Input_{field}").FillAsync(value);
        await page.Locator("#Input_FilledOn").FillAsync("2026-11-20");
    }
}
