using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Data;
using Pucha.Data.Mail;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Census;

/// <summary>
/// A copy of the database never shows an issued 校验码: not while its mail waits in the outbox (the body
/// is sealed with a key outside the database), not after it is sent (the body is erased), not after
/// 标识码找回 — and the mail still reaches the SMTP server with the code in it.
/// </summary>
public abstract class CheckCodeAtRestTests(SmtpPlatformFixture platform)
{
    protected async Task No_copy_of_the_database_shows_an_issued_check_code()
    {
        var tree = await platform.CensusAsync();
        var body = SampleTree.Site(tree.TianxinUnit, "430103", "校验码保密测试网站");
        using (var created = await tree.Admin.PostJsonAsync("api/v1/websites", body))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var site = await WithDbAsync(db => db.Websites.Where(w => w.Name == "校验码保密测试网站").Select(w => w.Id).SingleAsync());

        await CensusSteps.ApproveAllTheWayAsync(tree, site);
        // Straight after the approval the mail may still be waiting: its stored body is sealed either way.
        var queued = await WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).LastAsync());
        Assert.True(queued.Body.Length == 0 || OutboxBodyCipher.IsSealed(queued.Body), "outbox body stored in clear");
        var (siteCode, checkCode) = CensusSteps.Codes(CensusSteps.Body((await CensusSteps.WaitForMailAsync(platform.Smtp, 1)).Single()));
        await AssertNotStoredAsync(checkCode);

        // Sent: subject, recipients, times and attempts kept for the administrators; the body gone.
        var sent = await WaitUntilSentAsync(queued.Id);
        Assert.Equal("", sent.Body);
        Assert.Equal("zhangsan@example.gov.cn,lisi@example.gov.cn", sent.To);
        Assert.Contains("校验码保密测试网站", sent.Subject);
        Assert.Equal(1, sent.Attempts);
        Assert.NotNull(sent.SentAt);

        // 标识码找回: a new 校验码 by mail, and again nowhere in the database.
        var page = await SiteCodeRecoveryMailTests.RecoverAsync(platform.CreateClient(),
            ("Input.HomepageUrl", (string)body["homepageUrl"]!), ("Input.Email", "lisi@example.gov.cn"));
        Assert.DoesNotContain(siteCode, page);
        var mails = await CensusSteps.WaitForMailAsync(platform.Smtp, 2);
        var (sameSiteCode, newCheckCode) = CensusSteps.Codes(mails.Select(CensusSteps.Body).Single(b => b.Contains("根据“标识码找回”申请", StringComparison.Ordinal)));
        Assert.Equal(siteCode, sameSiteCode);
        Assert.NotEqual(checkCode, newCheckCode);
        await AssertNotStoredAsync(newCheckCode);
        var resent = await WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).LastAsync());
        await WaitUntilSentAsync(resent.Id);
        await AssertNotStoredAsync(newCheckCode);
        await AssertNotStoredAsync(checkCode);
    }

    private async Task AssertNotStoredAsync(string checkCode)
    {
        var contents = await DatabaseContents.DumpAsync(platform.ConnectionString);
        Assert.True(contents.Length > 10_000, "the dump read nothing");
        Assert.DoesNotContain(checkCode, contents, StringComparison.Ordinal);
    }

    private async Task<OutboxMessage> WaitUntilSentAsync(long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var message = await WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id));
            if (message.Status == OutboxStatus.Sent || DateTime.UtcNow > deadline)
            {
                Assert.Equal(OutboxStatus.Sent, message.Status);
                return message;
            }

            await Task.Delay(100);
        }
    }

    private async Task<T> WithDbAsync<T>(Func<PuchaDbContext, Task<T>> read)
    {
        using var scope = platform.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<PuchaDbContext>());
    }
}

public sealed class SqliteCheckCodeAtRestTests(SmtpPlatformFixture platform)
    : CheckCodeAtRestTests(platform), IClassFixture<SmtpPlatformFixture>
{
    [SmtpFact]
    public Task The_database_file_and_its_log_never_hold_an_issued_check_code() => No_copy_of_the_database_shows_an_issued_check_code();
}

public sealed class PostgresCheckCodeAtRestTests(PostgresSmtpPlatformFixture platform)
    : CheckCodeAtRestTests(platform), IClassFixture<PostgresSmtpPlatformFixture>
{
    [SmtpPostgresFact]
    public Task No_row_of_any_table_holds_an_issued_check_code() => No_copy_of_the_database_shows_an_issued_check_code();
}
