using Microsoft.Playwright;
using Pucha.Tests.Browser;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Monitoring;

/// <summary>
/// The site's monitoring page in Debian's Chromium: ECharts (served by the platform itself) draws the
/// three charts on canvases from the JSON, and the page logs no error.
/// </summary>
public sealed class MonitoringChartBrowserTests(SqlitePlatformFixture platform) : IClassFixture<SqlitePlatformFixture>
{
    [Fact]
    public async Task ChartsRenderOnCanvasWithoutConsoleErrors()
    {
        var census = await platform.CensusAsync();
        await MonitoringDataset.InsertAsync(platform, census);

        var (driver, chromium) = await Chromium.LaunchAsync();
        using var playwright = driver;
        await using var browser = chromium;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = platform.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // The browser's own favicon request (the platform has no icon) is not the page's error.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                errors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync("tx-office");
        await page.GetByLabel("密码").FillAsync(SampleTree.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        await page.GotoAsync($"/Monitoring/Site/{census.TianxinSite}?asOf={MonitoringDataset.AsOfQuery}");
        await Assertions.Expect(page.Locator("[data-charts-ready=true]")).ToHaveCountAsync(1);
        foreach (var chart in new[] { "#availability-chart", "#timeline-chart", "#updates-chart" })
        {
            await Assertions.Expect(page.Locator($"{chart} canvas")).Not.ToHaveCountAsync(0);
            Assert.True(await page.Locator(chart).IsVisibleAsync(), $"{chart} is hidden");
        }

        Assert.Empty(errors);
    }
}
