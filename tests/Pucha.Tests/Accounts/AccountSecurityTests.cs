using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Accounts;

/// <summary>First-login password change, lockout and its release, anti-forgery on forms, audit of log-ins.</summary>
public abstract class AccountSecurityTests(PlatformFixture platform)
{
    [DatabaseFact]
    public async Task IssuedPasswordMustBeChangedBeforeAnythingElse()
    {
        var census = await platform.CensusAsync();
        await SampleTree.CreateAccountAsync(census.Admin, census.TianxinUnit, "tx-first");
        using var client = platform.CreateClient();
        using var login = await client.LoginAsync("tx-first", SampleTree.InitialPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        using (var page = await client.GetAsync("Websites"))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/Account/ChangePassword", page.Headers.Location!.OriginalString);
        }

        using (var api = await client.GetAsync("api/v1/websites"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            Assert.Contains("修改", await api.Content.ReadAsStringAsync());
        }

        // A new password that breaks the policy is refused with the policy's Chinese message.
        using (var weak = await client.SubmitFormAsync("/Account/ChangePassword",
                   [new("CurrentPassword", SampleTree.InitialPassword), new("NewPassword", "short"), new("ConfirmPassword", "short")]))
        {
            Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
            Assert.Contains("密码长度不能少于10位", await weak.Content.ReadAsStringAsync());
        }

        using (var change = await client.SubmitFormAsync("/Account/ChangePassword",
                   [new("CurrentPassword", SampleTree.InitialPassword), new("NewPassword", SampleTree.Password), new("ConfirmPassword", SampleTree.Password)]))
            Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        using (var page = await client.GetAsync("Websites"))
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using (var api = await client.GetAsync("api/v1/websites"))
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [DatabaseFact]
    public async Task FiveFailuresLockForFifteenMinutes()
    {
        var census = await platform.CensusAsync();
        await SampleTree.CreateAccountAsync(census.Admin, census.TianxinUnit, "tx-lock");
        using var client = platform.CreateClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.LoginAsync("tx-lock", "Wrong#Password1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("用户名或密码错误", await wrong.Content.ReadAsStringAsync());
        }

        using (var fifth = await client.LoginAsync("tx-lock", "Wrong#Password1"))
            Assert.Contains("账号已锁定", await fifth.Content.ReadAsStringAsync());

        // Locked: even the right password is refused.
        using (var right = await client.LoginAsync("tx-lock", SampleTree.InitialPassword))
        {
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
            Assert.Contains("账号已锁定", await right.Content.ReadAsStringAsync());
        }

        platform.Clock.Advance(TimeSpan.FromMinutes(14));
        using (var early = await client.LoginAsync("tx-lock", SampleTree.InitialPassword))
            Assert.Contains("账号已锁定", await early.Content.ReadAsStringAsync());

        platform.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using (var released = await client.LoginAsync("tx-lock", SampleTree.InitialPassword))
            Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);

        var actions = await AuditOfAsync("tx-lock");
        Assert.Equal(6, actions.Count(a => a == AuditAction.LoginFailed)); // 4 wrong passwords, then 2 attempts while locked
        Assert.Single(actions, AuditAction.Lockout);
        Assert.Single(actions, AuditAction.Login);
    }

    [DatabaseFact]
    public async Task FormPostWithoutAntiforgeryTokenIsRejected()
    {
        var census = await platform.CensusAsync();
        var client = census.Clients[Roles.County];
        using var response = await client.PostFormWithoutTokenAsync("Organizations/Create",
            [new("Input.ParentId", census.Tianxin.ToString()), new("Input.Name", "无令牌提交的单位"), new("Input.Kind", "ReportingUnit"), new("Input.RegionCode", "430103")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        using var login = await platform.CreateClient().PostFormWithoutTokenAsync("Account/Login", [new("UserName", "admin"), new("Password", "x")]);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);

        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        Assert.False(await db.Organizations.AnyAsync(o => o.Name == "无令牌提交的单位"));
    }

    [DatabaseFact]
    public async Task ApiAcceptsOnlyJsonBodies()
    {
        var census = await platform.CensusAsync();
        var client = census.Clients[Roles.County];
        using var form = await client.Http.PostAsync("api/v1/organizations",
            new FormUrlEncodedContent([new("parentId", census.Tianxin.ToString()), new("name", "表单提交的单位"), new("kind", "ReportingUnit")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    [DatabaseFact]
    public async Task ResetPasswordForcesAChangeAndEndsOldSessions()
    {
        var census = await platform.CensusAsync();
        await SampleTree.CreateAccountAsync(census.Admin, census.TianxinUnit, "tx-reset");
        using var user = platform.CreateClient();
        await SampleTree.SignInFirstTimeAsync(user, "tx-reset", SampleTree.InitialPassword);
        using (var before = await user.GetAsync("api/v1/websites"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        // The county office (the level above) resets it from 账号管理.
        var county = census.Clients[Roles.County];
        var accounts = await county.GetPageAsync("Accounts?search=tx-reset");
        var id = System.Text.RegularExpressions.Regex.Match(accounts, "handler=Reset&amp;id=(\\d+)|id=(\\d+)&amp;handler=Reset").Groups.Values.Skip(1).First(g => g.Success).Value;
        using var reset = await county.SubmitFormAsync("Accounts", [], $"Accounts?handler=Reset&id={id}");
        var html = await reset.Content.ReadAsStringAsync();
        var password = System.Text.RegularExpressions.Regex.Match(html, "<code class=\"fs-5\">([^<]+)</code>").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), "the new password is shown once");

        using (var after = await user.GetAsync("api/v1/websites"))
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);

        using var again = platform.CreateClient();
        using (var login = await again.LoginAsync("tx-reset", System.Net.WebUtility.HtmlDecode(password)))
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using (var gated = await again.GetAsync("Websites"))
            Assert.Equal("/Account/ChangePassword", gated.Headers.Location!.OriginalString);
        Assert.Contains(AuditAction.ResetPassword, await AuditOfAccountAsync("tx-reset"));
    }

    private async Task<List<AuditAction>> AuditOfAsync(string actorName)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        return await db.AuditEntries.Where(e => e.ActorName == actorName && e.EntityType == "UserAccount"
                && (e.Action == AuditAction.Login || e.Action == AuditAction.LoginFailed || e.Action == AuditAction.Lockout))
            .Select(e => e.Action).ToListAsync();
    }

    private async Task<List<AuditAction>> AuditOfAccountAsync(string userName)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
        var id = (await db.UserAccounts.SingleAsync(a => a.UserName == userName)).Id.ToString();
        return await db.AuditEntries.Where(e => e.EntityType == "UserAccount" && e.EntityId == id).Select(e => e.Action).ToListAsync();
    }
}

public sealed class AccountSecurityOnSqlite(SqlitePlatformFixture platform)
    : AccountSecurityTests(platform), IClassFixture<SqlitePlatformFixture>;

public sealed class AccountSecurityOnPostgres(PostgresPlatformFixture platform)
    : AccountSecurityTests(platform), IClassFixture<PostgresPlatformFixture>, IPostgresTests;
