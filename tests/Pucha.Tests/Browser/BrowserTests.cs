using Microsoft.Playwright;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Browser;

/// <summary>
/// One person's first session in Debian's Chromium: log in with the initial password, change it,
/// register a website, get the Chinese error for a wrong ICP备案编号, fix it, find the site in the list.
/// Leaves a screenshot of the list in the test output folder (screenshots/).
/// </summary>
public sealed class BrowserTests(SqlitePlatformFixture platform) : IClassFixture<SqlitePlatformFixture>
{
    private const string NewPassword = "Browser#Pass2026";

    [Fact]
    public async Task FirstSessionRegistersAWebsite()
    {

        var (driver, chromium) = await Chromium.LaunchAsync();
        using var playwright = driver;
        await using var browser = chromium;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = platform.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();

        // 登录 with the initial password: every page leads to 修改密码 first.
        await page.GotoAsync("/Websites");
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码").FillAsync(PlatformFixture.AdminInitialPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/ChangePassword");

        await page.GetByLabel("当前密码").FillAsync(PlatformFixture.AdminInitialPassword);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("确认新密码").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        // 登记网站 with a wrong ICP备案编号.
        await page.GotoAsync("/Websites/Edit");
        await page.Locator("#Input_OrganizationId").SelectOptionAsync(new SelectOptionValue { Label = "国务院办公厅（国务院办公厅）" });
        await page.Locator("#Input_RegionCode").FillAsync("430103");
        await page.Locator("#Input_WebsiteType").SelectOptionAsync(new SelectOptionValue { Label = "部门网站" });
        var fields = new Dictionary<string, string>
        {
            ["DepartmentOrRegion"] = "湖南省长沙市天心区", ["Name"] = "天心区人民政府门户网站", ["IcpNumber"] = "ICP12345",
            ["HomepageUrl"] = "http://www.tianxin.gov.cn/", ["SupervisingUnit"] = "长沙市天心区人民政府办公室",
            ["OfficeAddress"] = "湖南省长沙市天心区新韶东路1号", ["Sponsor"] = "长沙市天心区人民政府办公室",
            ["PublicSecurityRecordNumber"] = "湘公网安备43010302000123号",
            ["ManagerName"] = "张三", ["ManagerTitle"] = "主任", ["ManagerOfficePhone"] = "0731-85123456", ["ManagerMobile"] = "13800138000",
            ["ManagerEmail"] = "zhangsan@tianxin.gov.cn",
            ["ContactName"] = "李四", ["ContactOfficePhone"] = "0731-85123457", ["ContactMobile"] = "13800138001", ["ContactEmail"] = "lisi@tianxin.gov.cn",
            ["SignatoryHead"] = "张三", ["SignatoryReviewer"] = "王五", ["SignatoryFiller"] = "李四", ["SignatoryPhone"] = "0731-85123457",
        };
        foreach (var (field, value) in fields)
            await page.Locator($"#Input_{field}").FillAsync(value);
        await page.Locator("#Input_FilledOn").FillAsync("2026-11-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        var icpError = page.Locator("[data-field=IcpNumber]");
        await Assertions.Expect(icpError).ToBeVisibleAsync();
        await Assertions.Expect(icpError).ToContainTextAsync("ICP备案编号");
        await Assertions.Expect(page.Locator("#Input_Name")).ToHaveValueAsync("天心区人民政府门户网站");

        // Fix it and save: the site's page, then the list.
        await page.Locator("#Input_IcpNumber").FillAsync("湘ICP备05012345号");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync("**/Websites/Details/*");
        await Assertions.Expect(page.GetByText("网站已登记。")).ToBeVisibleAsync();

        await page.GotoAsync("/Websites?Region=43");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "天心区人民政府门户网站" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "湘ICP备05012345号" })).ToBeVisibleAsync();

        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "website-list.png"), FullPage = true });
    }
}
