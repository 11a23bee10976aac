using Microsoft.Playwright;
using Pucha.Tests.Infrastructure;
using Pucha.Tests.Inspections;
using Pucha.Tests.ScoreSheets;

namespace Pucha.Tests.Browser;

/// <summary>
/// Score sheets in Debian's Chromium: a unit's self-check submitted, then a change from a second tab
/// refused; an organizer's inspection prefilled from an inspection run of a loopback site, one machine
/// finding overridden with a note, the sheet submitted, exported and validated.
/// </summary>
public sealed class ScoreSheetBrowserTests(SqlitePlatformFixture platform) : IClassFixture<SqlitePlatformFixture>
{
    [Fact]
    public async Task Self_check_is_locked_once_submitted_and_an_inspection_overrides_a_finding_and_exports()
    {
        await using var portal = await TestPortal.StartAsync();
        var census = await platform.CensusAsync();
        var siteId = await InspectionRuns.RegisterSiteAsync(census, portal.HomepageUrl, "测试县人民政府网站");
        var (siteCode, checkCode) = await IssuedCodes.IssueAsync(platform, siteId);

        var (driver, chromium) = await Chromium.LaunchAsync();
        using var playwright = driver;
        await using var browser = chromium;
        var options = new BrowserNewContextOptions
        {
            BaseURL = platform.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            AcceptDownloads = true,
        };

        // 自查: two tabs open the sheet with the codes; the first submits, the second's later change is refused.
        var unit = await browser.NewContextAsync(options);
        unit.SetDefaultTimeout(30_000);
        var first = await OpenSelfCheckAsync(unit, siteCode, checkCode);
        var second = await OpenSelfCheckAsync(unit, siteCode, checkCode);
        await Row(first, "overview").Locator("input[type=number]").FillAsync("1");
        await Row(first, "overview").Locator("textarea").FillAsync("概况信息未及时更新");
        first.Dialog += (_, dialog) => dialog.AcceptAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(first.Locator("#sheet-status")).ToHaveTextAsync("已提交");
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "保存" })).ToHaveCountAsync(0);
        await Assertions.Expect(first.Locator("#sheet-total")).ToHaveTextAsync("99");

        await Row(second, "overview").Locator("input[type=number]").FillAsync("0");
        await second.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(second.Locator("#problem")).ToContainTextAsync("提交，不能修改");
        await Assertions.Expect(second.Locator("#sheet-total")).ToHaveTextAsync("99");

        // 检查: the city's organizer inspects the site (立即检查), then scores it from that run.
        var organizer = await browser.NewContextAsync(options);
        organizer.SetDefaultTimeout(60_000);
        var page = await organizer.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync("cs-office");
        await page.GetByLabel("密码").FillAsync(SampleTree.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await page.GotoAsync($"/Inspections/Site/{siteId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "立即检查" }).ClickAsync();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await page.Locator("#runs .run-status", new() { HasTextString = "已完成" }).CountAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the inspection did not finish");
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Assertions.Expect(page.Locator("#findings")).ToContainTextAsync(TestPortal.MissingPage);

        await page.GotoAsync($"/ScoreSheets/Site/{siteId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "发起检查" }).ClickAsync();
        await page.WaitForURLAsync("**/ScoreSheets/Edit/*");
        var usability = Row(page, "usability");
        await Assertions.Expect(usability).ToContainTextAsync(TestPortal.MissingPage);
        await Assertions.Expect(usability.Locator(".item-result")).ToContainTextAsync("0.2");
        foreach (var confirm in await page.Locator("#sheet tr.table-warning input[value=Confirm]").AllAsync())
            await confirm.CheckAsync();
        await usability.Locator("input[value=Override]").CheckAsync();
        await usability.Locator("textarea").FillAsync("该文件已按规定撤销，属历史链接");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(page.Locator("#sheet-status")).ToHaveTextAsync("已提交");
        await Assertions.Expect(usability.Locator(".item-result")).Not.ToContainTextAsync("0.2");
        await Assertions.Expect(usability).ToContainTextAsync("已被人工改判");
        await Assertions.Expect(usability).ToContainTextAsync("人工评判（cs-office）");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export").ClickAsync());
        var file = await download.PathAsync();
        var texts = Workbooks.ValidTexts(await File.ReadAllBytesAsync(file!));
        Assert.Contains("存在的问题", texts);
        Assert.Contains(texts, t => t.Contains("属历史链接"));

        // Side by side: the self-check and the inspection differ on 概况信息.
        await page.GotoAsync($"/ScoreSheets/Site/{siteId}");
        await Assertions.Expect(page.Locator("#compare tr.differs[data-indicator=overview]")).ToHaveCountAsync(1);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "score-sheets.png"), FullPage = true });
    }

    private static async Task<IPage> OpenSelfCheckAsync(IBrowserContext context, string siteCode, string checkCode)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/SelfCheck");
        await page.GetByLabel("网站标识码").FillAsync(siteCode);
        await page.GetByLabel("校验码").FillAsync(checkCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "打开自查表" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("自查评分表");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("测试县人民政府网站");
        return page;
    }

    private static ILocator Row(IPage page, string indicatorId) => page.Locator($"#sheet tr[data-indicator='{indicatorId}']");
}
