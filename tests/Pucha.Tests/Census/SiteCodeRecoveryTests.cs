using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Data;
using Pucha.Data.Census;
using Pucha.Data.Infrastructure;
using Pucha.Data.Mail;
using Pucha.Features.SiteCode;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Census;

/// <summary>「标识码找回」 with mail delivered to a real aiosmtpd server: codes by mail only, one answer for all.</summary>
public sealed class SiteCodeRecoveryMailTests(SmtpPlatformFixture platform) : IClassFixture<SmtpPlatformFixture>
{
    [SmtpFact]
    public async Task Codes_go_to_the_registered_addresses_never_to_the_screen_and_a_stranger_learns_nothing()
    {
        var tree = await platform.CensusAsync();
        var body = SampleTree.Site(tree.TianxinUnit, "430103", "找回测试网站");
        using (var created = await tree.Admin.PostJsonAsync("api/v1/websites", body))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var site = await WithDbAsync(db => db.Websites.Where(w => w.Name == "找回测试网站").Select(w => w.Id).SingleAsync());
        await CensusSteps.ApproveAllTheWayAsync(tree, site);
        var issued = await CensusSteps.WaitForMailAsync(platform.Smtp, 1);
        var (siteCode, firstCheckCode) = CensusSteps.Codes(CensusSteps.Body(Assert.Single(issued)));

        // By homepage and the 负责人's address (any case): a second mail with a new 校验码; the page shows neither.
        var anonymous = platform.CreateClient();
        var page = await RecoverAsync(anonymous, ("Input.HomepageUrl", ((string)body["homepageUrl"]!).ToUpperInvariant().Replace("HTTP://", "http://")),
            ("Input.Email", "ZhangSan@Example.gov.cn"));
        Assert.Contains(SiteCodeRecovery.Answer, page);
        var mails = await CensusSteps.WaitForMailAsync(platform.Smtp, 2);
        Assert.Equal(2, mails.Count);
        var resent = mails.Select(CensusSteps.Body).Single(b => b.Contains("根据“标识码找回”申请", StringComparison.Ordinal));
        var (sameSiteCode, newCheckCode) = CensusSteps.Codes(resent);
        Assert.Equal(siteCode, sameSiteCode);
        Assert.NotEqual(firstCheckCode, newCheckCode);
        Assert.DoesNotContain(siteCode, page);
        Assert.DoesNotContain(newCheckCode, page);
        Assert.All(mails, m => Assert.Contains("To: zhangsan@example.gov.cn, lisi@example.gov.cn", m));

        // The old 校验码 no longer opens the self-check; the new one does.
        Assert.Null(await WithDbAsync(db => new CensusReviewStore(db).VerifyAsync(siteCode, firstCheckCode)));
        Assert.Equal(site, await WithDbAsync(db => new CensusReviewStore(db).VerifyAsync(siteCode, newCheckCode)));

        // By name and unit with the 联系人's address works too.
        await RecoverAsync(anonymous, ("Input.Name", "找回测试网站"), ("Input.Unit", "长沙市天心区教育局"), ("Input.Email", "lisi@example.gov.cn"));
        Assert.Equal(3, (await CensusSteps.WaitForMailAsync(platform.Smtp, 3)).Count);

        // A wrong address or a site that does not exist: the same words, and nothing queued.
        var queued = await WithDbAsync(db => db.Set<OutboxMessage>().CountAsync());
        var wrongEmail = await RecoverAsync(anonymous, ("Input.HomepageUrl", (string)body["homepageUrl"]!), ("Input.Email", "someone@else.example"));
        var noSite = await RecoverAsync(anonymous, ("Input.HomepageUrl", "http://www.nosuchsite.gov.cn/"), ("Input.Email", "zhangsan@example.gov.cn"));
        Assert.Contains(SiteCodeRecovery.Answer, wrongEmail);
        Assert.Contains(SiteCodeRecovery.Answer, noSite);
        Assert.Equal(queued, await WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    private async Task<T> WithDbAsync<T>(Func<PuchaDbContext, Task<T>> read)
    {
        using var scope = platform.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<PuchaDbContext>());
    }

    internal static async Task<string> RecoverAsync(PlatformClient client, params (string Name, string Value)[] fields)
    {
        using var response = await client.SubmitFormAsync("/SiteCode/Recover", fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"recover: {(int)response.StatusCode}");
        return html;
    }
}

/// <summary>The per-client limit: the sixth request from one IP within the window is refused in Chinese, whatever it names.</summary>
public sealed class SiteCodeRecoveryClientLimitTests(SiteCodeRecoveryClientLimitTests.Fixture platform)
    : IClassFixture<SiteCodeRecoveryClientLimitTests.Fixture>
{
    public sealed class Fixture : PlatformFixture
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Census:SiteCodeRecovery:PerClientPermitLimit"] = "5",
            ["Census:SiteCodeRecovery:PerClientWindow"] = "00:15:00",
            ["Census:SiteCodeRecovery:PerSitePermitLimit"] = "1000",
        };
    }

    [Fact]
    public async Task The_sixth_request_from_one_client_gets_the_limit_message()
    {
        var client = platform.CreateClient();
        for (var i = 1; i <= 5; i++)
        {
            var page = await SiteCodeRecoveryMailTests.RecoverAsync(client, ("Input.HomepageUrl", $"http://www.site{i}.gov.cn/"), ("Input.Email", "a@b.example"));
            Assert.Contains(SiteCodeRecovery.Answer, page);
        }

        using var sixth = await client.SubmitFormAsync("/SiteCode/Recover", [new("Input.HomepageUrl", "http://www.site6.gov.cn/"), new("Input.Email", "a@b.example")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Contains("“标识码找回”申请过于频繁，请15分钟后再试。", await sixth.Content.ReadAsStringAsync());
        Assert.Equal("900", sixth.Headers.RetryAfter?.ToString());

        // Showing the form is not counted.
        using var form = await client.GetAsync("/SiteCode/Recover");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }
}

/// <summary>The per-site limit: the sixth request naming one site within the window is refused, from any client.</summary>
public sealed class SiteCodeRecoverySiteLimitTests(SiteCodeRecoverySiteLimitTests.Fixture platform)
    : IClassFixture<SiteCodeRecoverySiteLimitTests.Fixture>
{
    public sealed class Fixture : PlatformFixture
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Census:SiteCodeRecovery:PerClientPermitLimit"] = "1000",
            ["Census:SiteCodeRecovery:PerSitePermitLimit"] = "5",
            ["Census:SiteCodeRecovery:PerSiteWindow"] = "01:00:00",
        };
    }

    [Fact]
    public async Task The_sixth_request_for_one_site_gets_the_limit_message_and_other_sites_are_unaffected()
    {
        for (var i = 1; i <= 5; i++)
        {
            // A new client each time: the limit follows the site, not the caller.
            var page = await SiteCodeRecoveryMailTests.RecoverAsync(platform.CreateClient(),
                ("Input.HomepageUrl", i % 2 == 0 ? "http://WWW.Target.gov.cn" : "http://www.target.gov.cn/"), ("Input.Email", $"x{i}@b.example"));
            Assert.Contains(SiteCodeRecovery.Answer, page);
        }

        using var sixth = await platform.CreateClient().SubmitFormAsync("/SiteCode/Recover",
            [new("Input.HomepageUrl", "http://www.target.gov.cn/"), new("Input.Email", "x6@b.example")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        var html = await sixth.Content.ReadAsStringAsync();
        Assert.Contains("“标识码找回”申请过于频繁，请60分钟后再试。", html);
        Assert.DoesNotContain(SiteCodeRecovery.Answer, html);

        Assert.Contains(SiteCodeRecovery.Answer, await SiteCodeRecoveryMailTests.RecoverAsync(platform.CreateClient(),
            ("Input.HomepageUrl", "http://www.other.gov.cn/"), ("Input.Email", "x@b.example")));
    }

    [Fact]
    public async Task A_request_naming_no_site_gets_field_messages_and_is_not_counted_against_any_site()
    {
        var page = await SiteCodeRecoveryMailTests.RecoverAsync(platform.CreateClient(), ("Input.Email", "not-an-address"));
        Assert.Contains("请填写网站首页网址，或同时填写网站名称和填报单位", page);
        Assert.Contains("请填写网站登记的负责人或联系人电子邮箱。", page);
        Assert.DoesNotContain(SiteCodeRecovery.Answer, page);
    }
}
