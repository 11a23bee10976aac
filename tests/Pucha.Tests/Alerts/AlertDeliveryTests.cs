using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Alerts;
using Pucha.Core.Columns;
using Pucha.Data.Alerts;
using Pucha.Data.Infrastructure;
using Pucha.Data.Mail;
using Pucha.Data.Monitoring;
using Pucha.Mail;
using Pucha.Testing;
using Pucha.Tests.Census;

namespace Pucha.Tests.Alerts;

/// <summary>
/// Alerts end to end: evaluated from stored visits, checks and snapshots, de-duplicated, and
/// delivered to a real SMTP server (aiosmtpd) and to a robot webhook receiver on loopback.
/// </summary>
public sealed class AlertDeliveryTests
{
    // 2026-06-30 10:00 Beijing.
    private static readonly DateTime Now = new(2026, 6, 30, 2, 0, 0, DateTimeKind.Utc);

    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [SmtpFact]
    public async Task An_outage_and_its_recovery_reach_mail_and_both_robots_exactly_once()
    {
        using var smtp = SmtpTestServer.Start();
        await using var robot = await WebhookReceiver.StartAsync();
        await using var scenario = await AlertScenario.StartAsync(DatabaseProvider.Sqlite, Now);
        var site = await scenario.AddSiteAsync(1);
        await scenario.SubscribeAsync(AlertChannel.Email, "duty@county.example.gov.cn");
        await scenario.SubscribeAsync(AlertChannel.WeCom, robot.BaseUrl + "/cgi-bin/webhook/send?key=wecom-key");
        await scenario.SubscribeAsync(AlertChannel.DingTalk, robot.BaseUrl + "/robot/send?access_token=ding-token", secret: "SEC0123456789abcdef");
        await scenario.VisitsAsync(site, (4 * Hour, true), (3 * Hour, false), (2 * Hour, false));

        Assert.Equal(0, await scenario.EvaluateAvailabilityAsync()); // 2 failures: below the default 3
        await scenario.VisitsAsync(site, (Hour, false));
        Assert.Equal(1, await scenario.EvaluateAvailabilityAsync());
        Assert.Equal(0, await scenario.EvaluateAvailabilityAsync()); // the same episode re-evaluated
        Assert.Equal(3, await scenario.DispatchAsync());
        Assert.Equal(0, await scenario.DispatchAsync());

        var requests = robot.Requests;
        Assert.Equal(2, requests.Count);
        var wecom = requests.Single(r => r.Path == "/cgi-bin/webhook/send");
        Assert.Equal("wecom-key", wecom.Query["key"]);
        using (var json = JsonDocument.Parse(wecom.Body))
        {
            Assert.Equal(["msgtype", "markdown"], json.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal("markdown", json.RootElement.GetProperty("msgtype").GetString());
            var markdown = json.RootElement.GetProperty("markdown");
            Assert.Equal(["content"], markdown.EnumerateObject().Select(p => p.Name));
            var content = markdown.GetProperty("content").GetString()!;
            Assert.StartsWith("### 网站无法访问", content);
            Assert.Contains("某某县第1网站", content);
            Assert.Contains("**连续失败**：3 次", content);
            // The crawled reason cannot add a link or a heading to the message.
            Assert.Contains(@"\[链接\]\(http://x\) \# 注入", content);
            Assert.DoesNotContain("\n# ", content);
        }

        var dingtalk = requests.Single(r => r.Path == "/robot/send");
        Assert.Equal("ding-token", dingtalk.Query["access_token"]);
        var timestamp = dingtalk.Query["timestamp"].ToString();
        Assert.Equal(scenario.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), timestamp);
        var expectedSign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("SEC0123456789abcdef"), Encoding.UTF8.GetBytes(timestamp + "\nSEC0123456789abcdef")));
        Assert.Equal(expectedSign, dingtalk.Query["sign"].ToString());
        using (var json = JsonDocument.Parse(dingtalk.Body))
        {
            Assert.Equal("markdown", json.RootElement.GetProperty("msgtype").GetString());
            var markdown = json.RootElement.GetProperty("markdown");
            Assert.Equal(["title", "text"], markdown.EnumerateObject().Select(p => p.Name));
            Assert.Equal("【网站无法访问】某某县第1网站", markdown.GetProperty("title").GetString());
            Assert.StartsWith("### 网站无法访问", markdown.GetProperty("text").GetString());
        }

        // The site opens again: one recovery, whatever the number of evaluations.
        scenario.Clock.Advance(Hour);
        await scenario.VisitsAsync(site, (TimeSpan.FromMinutes(10), true));
        Assert.Equal(1, await scenario.EvaluateAvailabilityAsync());
        Assert.Equal(0, await scenario.EvaluateAvailabilityAsync());
        Assert.Equal(3, await scenario.DispatchAsync());
        Assert.Equal(4, robot.Requests.Count);
        Assert.Contains(robot.Requests, r => r.Body.Contains("网站恢复访问", StringComparison.Ordinal));

        // The two e-mails go through the outbox to the SMTP server, once each.
        await using (var context = scenario.Database.CreateContext())
        {
            var settings = new SmtpSettings { Host = "127.0.0.1", Port = smtp.Port, Sender = "pucha@census.example", TimeoutSeconds = 10 };
            var delivery = new OutboxDelivery(context, new SmtpSender(settings), new OutboxOptions(), scenario.Clock);
            Assert.Equal(2, await delivery.RunOnceAsync(default));
            Assert.Equal(0, await delivery.RunOnceAsync(default));
            var outbox = await context.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
            Assert.Equal(["【网站无法访问】某某县第1网站", "【网站恢复访问】某某县第1网站"], outbox.Select(m => m.Subject));
            Assert.All(outbox, m => Assert.Equal("duty@county.example.gov.cn", m.To));
            // Sent bodies are erased from the outbox (session 3): the text is read from the mail itself.
            Assert.All(outbox, m => Assert.Equal("", m.Body));
        }

        var mails = smtp.Messages();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Contains("duty@county.example.gov.cn", m));
        Assert.Contains(mails, m => Pucha.Tests.Census.CensusSteps.Body(m).Contains("连续失败：3 次", StringComparison.Ordinal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Evaluators_racing_raise_each_episode_once(DatabaseProvider provider)
    {
        await using var scenario = await AlertScenario.StartAsync(provider, Now);
        const int Sites = 12;
        for (var n = 1; n <= Sites; n++)
        {
            var site = await scenario.AddSiteAsync(n);
            await scenario.VisitsAsync(site, (3 * Hour, false), (2 * Hour, false), (Hour, false));
        }

        await scenario.SubscribeAsync(AlertChannel.Email, "a@county.example.gov.cn");
        await scenario.SubscribeAsync(AlertChannel.WeCom, "http://127.0.0.1:9/never-called");

        var raised = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var total = 0;
            for (var round = 0; round < 3; round++)
                total += await scenario.EvaluateAvailabilityAsync();
            return total;
        })));

        Assert.Equal(Sites, raised.Sum());
        await using var context = scenario.Database.CreateContext();
        Assert.Equal(Sites, await context.Set<Alert>().CountAsync());
        Assert.Equal(Sites * 2, await context.Set<AlertDelivery>().CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Quiet_hours_hold_non_urgent_alerts_until_they_end_and_let_outages_through(DatabaseProvider provider)
    {
        // 23:00 Beijing; quiet 22:00–07:00.
        var late = new DateTime(2026, 6, 30, 15, 0, 0, DateTimeKind.Utc);
        await using var robot = await WebhookReceiver.StartAsync();
        await using var scenario = await AlertScenario.StartAsync(provider, late);
        var site = await scenario.AddSiteAsync(1, (ColumnKind.WorkNews, "工作动态"));
        await scenario.SubscribeAsync(AlertChannel.WeCom, robot.BaseUrl + "/hook", quiet: (22 * 60, 7 * 60));
        await scenario.VisitsAsync(site, (3 * Hour, false), (2 * Hour, false), (Hour, false));
        await RecordColumnAsync(scenario, site, newest: new DateOnly(2026, 6, 17)); // fresh through 07-01: stale from 07-02

        Assert.Equal(1, await scenario.EvaluateAvailabilityAsync());
        Assert.Equal(1, await scenario.EvaluateDeadlinesAsync());
        Assert.Equal(1, await scenario.DispatchAsync()); // the outage is urgent
        Assert.Contains("网站无法访问", Assert.Single(robot.Requests).Body);

        await using (var context = scenario.Database.CreateContext())
        {
            var held = await context.Set<AlertDelivery>().SingleAsync(d => d.Status == AlertDeliveryStatus.Pending);
            Assert.Equal(new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc), held.NextAttemptUtc); // 07:00 Beijing
        }

        scenario.Clock.SetUtcNow(new DateTime(2026, 6, 30, 22, 59, 59, DateTimeKind.Utc));
        Assert.Equal(0, await scenario.DispatchAsync());
        scenario.Clock.SetUtcNow(new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc));
        Assert.Equal(1, await scenario.DispatchAsync());
        Assert.Equal(2, robot.Requests.Count);
        Assert.Contains("栏目即将超期未更新", robot.Requests[1].Body);
    }

    [Theory, SqliteData]
    public async Task Column_deadline_and_certificate_alerts_come_once_per_episode(DatabaseProvider provider)
    {
        await using var scenario = await AlertScenario.StartAsync(provider, Now, new Dictionary<string, string?> { ["Alerts:CertificateDays"] = "14" });
        var site = await scenario.AddSiteAsync(1, (ColumnKind.WorkNews, "工作动态"));
        await scenario.SubscribeAsync(AlertChannel.Email, "a@county.example.gov.cn");

        // Newest 06-13: fresh through 06-27, already stale on 06-30 — too late to warn about.
        await RecordColumnAsync(scenario, site, newest: new DateOnly(2026, 6, 13));
        Assert.Equal(0, await scenario.EvaluateDeadlinesAsync());
        // Newest 06-17: fresh through 07-01, stale from 07-02, 2 days away (≤ 3): warn once.
        await RecordColumnAsync(scenario, site, newest: new DateOnly(2026, 6, 17));
        Assert.Equal(1, await scenario.EvaluateDeadlinesAsync());
        Assert.Equal(0, await scenario.EvaluateDeadlinesAsync());
        // A new item moves the deadline out of range: nothing more.
        await RecordColumnAsync(scenario, site, newest: new DateOnly(2026, 6, 29));
        Assert.Equal(0, await scenario.EvaluateDeadlinesAsync());

        await RecordSnapshotAsync(scenario, site, Now.AddHours(-2), Now.AddDays(10));
        Assert.Equal(1, await scenario.EvaluateDeadlinesAsync());
        await RecordSnapshotAsync(scenario, site, Now.AddHours(-1), Now.AddDays(10));
        Assert.Equal(0, await scenario.EvaluateDeadlinesAsync());
        // Renewed: the newest certificate is far from expiry.
        await RecordSnapshotAsync(scenario, site, Now, Now.AddDays(90));
        Assert.Equal(0, await scenario.EvaluateDeadlinesAsync());

        await using var context = scenario.Database.CreateContext();
        var alerts = await context.Set<Alert>().AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AlertKinds.ColumnDeadline, AlertKinds.CertificateExpiring], alerts.Select(a => a.Kind));
        Assert.Contains("2026-07-02 起视为未更新", alerts[0].Body);
        Assert.Contains("剩余 10 天", alerts[1].Body);
    }

    [Theory, SqliteData]
    public async Task A_robot_that_refuses_is_retried_with_back_off_then_marked_failed(DatabaseProvider provider)
    {
        await using var robot = await WebhookReceiver.StartAsync();
        robot.Failure = (200, "{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}");
        await using var scenario = await AlertScenario.StartAsync(provider, Now, new Dictionary<string, string?>
        {
            ["Alerts:MaxAttempts"] = "3",
            ["Alerts:FirstRetrySeconds"] = "30",
        });
        var site = await scenario.AddSiteAsync(1);
        await scenario.SubscribeAsync(AlertChannel.DingTalk, robot.BaseUrl + "/robot/send?access_token=t");
        await scenario.VisitsAsync(site, (3 * Hour, false), (2 * Hour, false), (Hour, false));
        Assert.Equal(1, await scenario.EvaluateAvailabilityAsync());

        Assert.Equal(0, await scenario.DispatchAsync());
        Assert.Equal(0, await scenario.DispatchAsync()); // not due again yet
        Assert.Single(robot.Requests);
        await AssertDeliveryAsync(scenario, AlertDeliveryStatus.Pending, attempts: 1, next: Now.AddSeconds(30), error: "310000");
        scenario.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await scenario.DispatchAsync());
        await AssertDeliveryAsync(scenario, AlertDeliveryStatus.Pending, attempts: 2, next: Now.AddSeconds(90), error: "keywords not in content");
        scenario.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(0, await scenario.DispatchAsync());
        await AssertDeliveryAsync(scenario, AlertDeliveryStatus.Failed, attempts: 3, next: null, error: "310000");
        scenario.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await scenario.DispatchAsync());
        Assert.Equal(3, robot.Requests.Count);
    }

    [Theory, SqliteData]
    public async Task A_robot_that_hangs_times_out_and_a_private_address_is_refused(DatabaseProvider provider)
    {
        await using var robot = await WebhookReceiver.StartAsync();
        robot.Stall = TimeSpan.FromSeconds(30);
        await using var scenario = await AlertScenario.StartAsync(provider, Now, new Dictionary<string, string?> { ["Alerts:WebhookTimeoutSeconds"] = "1" });
        var site = await scenario.AddSiteAsync(1);
        await scenario.SubscribeAsync(AlertChannel.WeCom, robot.BaseUrl + "/hook");
        await scenario.SubscribeAsync(AlertChannel.WeCom, "http://10.1.2.3/hook");
        await scenario.VisitsAsync(site, (3 * Hour, false), (2 * Hour, false), (Hour, false));
        Assert.Equal(1, await scenario.EvaluateAvailabilityAsync());

        Assert.Equal(0, await scenario.DispatchAsync());

        await using var context = scenario.Database.CreateContext();
        var errors = await context.Set<AlertDelivery>().AsNoTracking().OrderBy(d => d.SubscriptionId).Select(d => d.LastError).ToListAsync();
        Assert.Contains("超时", errors[0]);
        Assert.Contains("不允许访问内网地址", errors[1]);
    }

    private static async Task AssertDeliveryAsync(AlertScenario scenario, AlertDeliveryStatus status, int attempts, DateTime? next, string error)
    {
        await using var context = scenario.Database.CreateContext();
        var delivery = await context.Set<AlertDelivery>().AsNoTracking().SingleAsync();
        Assert.Equal(status, delivery.Status);
        Assert.Equal(attempts, delivery.Attempts);
        if (next is not null)
            Assert.Equal(next, delivery.NextAttemptUtc);
        Assert.Contains(error, delivery.LastError);
    }

    private static async Task RecordColumnAsync(AlertScenario scenario, int siteId, DateOnly newest)
    {
        await using var context = scenario.Database.CreateContext();
        var columnId = await context.WebsiteColumns.Where(c => c.WebsiteId == siteId).Select(c => c.Id).SingleAsync();
        await new ColumnListReadingStore(context).RecordAsync(new ColumnListReading
        {
            ColumnId = columnId,
            SiteId = siteId,
            CheckedOn = BeijingTime.DateOf(scenario.Clock.GetUtcNow().UtcDateTime),
            CheckedUtc = scenario.Clock.GetUtcNow().UtcDateTime,
            Ok = true,
            ItemCount = 20,
            NewestPublishedOn = newest,
        });
    }

    private static async Task RecordSnapshotAsync(AlertScenario scenario, int siteId, DateTime scheduledUtc, DateTime notAfterUtc)
    {
        await using var context = scenario.Database.CreateContext();
        var snapshot = new HomepageSnapshot { SiteId = siteId, ScheduledUtc = scheduledUtc, TakenUtc = scheduledUtc, Ok = true, CertificateNotAfterUtc = notAfterUtc };
        Assert.True(await new HomepageSnapshotStore(context).RecordAsync(snapshot, []));
    }
}
