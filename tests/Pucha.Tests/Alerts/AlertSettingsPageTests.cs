using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Core.Alerts;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Data.Alerts;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Alerts;

/// <summary>The 告警订阅 page: an organizer's own subscriptions, validated in Chinese, audited, invisible to other units.</summary>
public sealed class AlertSettingsPageTests(SqlitePlatformFixture platform) : IClassFixture<SqlitePlatformFixture>
{
    [DatabaseFact]
    public async Task An_organizer_adds_disables_and_deletes_its_subscriptions_and_nobody_else_sees_them()
    {
        var census = await platform.CensusAsync();
        var county = census.Clients[Roles.County];

        Assert.Contains("尚未设置告警订阅", await county.GetPageAsync("/Alerts"));
        using (var invalid = await county.SubmitFormAsync("/Alerts", Form("值班邮箱", "Email", "not-an-address", quietStart: "22:00"), "/Alerts?handler=Create"))
        {
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            var page = await invalid.Content.ReadAsStringAsync();
            Assert.Contains("电子邮箱格式不正确：not-an-address", page);
            Assert.Contains("免打扰时段须同时填写开始和结束时间", page);
        }

        using (var created = await county.SubmitFormAsync("/Alerts", Form("天心区网站值班群", "DingTalk", "https://oapi.dingtalk.example/robot/send?access_token=abc",
                   secret: "SECabc", quietStart: "22:00", quietEnd: "07:00", kinds: ["SiteDown", "ColumnDeadline"]), "/Alerts?handler=Create"))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var listed = await county.GetPageAsync("/Alerts");
        Assert.Contains("天心区网站值班群", listed);
        Assert.Contains("钉钉群机器人（加签）", listed);
        Assert.Contains("网站无法访问、栏目即将超期未更新", listed);
        Assert.Contains("22:00–07:00", listed);

        int id;
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
            var subscription = await context.Set<AlertSubscription>().SingleAsync(s => s.Name == "天心区网站值班群");
            id = subscription.Id;
            Assert.Equal(census.Tianxin, subscription.OrganizationId);
            Assert.Equal(AlertKinds.SiteDown | AlertKinds.ColumnDeadline, subscription.Kinds);
            Assert.Equal((22 * 60, 7 * 60), (subscription.QuietStartMinute, subscription.QuietEndMinute));
            Assert.StartsWith("/", subscription.ScopePath);
            Assert.True(await context.AuditEntries.AnyAsync(a => a.Action == AuditAction.Create && a.EntityType == nameof(AlertSubscription) && a.EntityId == id.ToString()));
        }

        // Another organizer (the province above, or Beijing beside) neither sees nor changes it.
        var province = census.Clients[Roles.Province];
        Assert.DoesNotContain("天心区网站值班群", await province.GetPageAsync("/Alerts"));
        using (var foreign = await province.SubmitFormAsync("/Alerts", [new("id", id.ToString())], "/Alerts?handler=Delete"))
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using (var reporter = await census.Clients[Roles.Reporter].GetAsync("/Alerts"))
            Assert.Equal(HttpStatusCode.Forbidden, reporter.StatusCode);

        using (var disabled = await county.SubmitFormAsync("/Alerts", [new("id", id.ToString())], "/Alerts?handler=Disable"))
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("停用", await county.GetPageAsync("/Alerts"));
        using (var deleted = await county.SubmitFormAsync("/Alerts", [new("id", id.ToString())], "/Alerts?handler=Delete"))
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("已删除告警订阅：天心区网站值班群", await county.GetPageAsync("/Alerts"));
        Assert.DoesNotContain("天心区网站值班群", await county.GetPageAsync("/Alerts")); // the notice is shown once
    }

    private static List<KeyValuePair<string, string>> Form(string name, string channel, string target, string? secret = null,
        string? quietStart = null, string? quietEnd = null, string[]? kinds = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Name", name), new("Input.Channel", channel), new("Input.Target", target),
            new("Input.Secret", secret ?? ""), new("Input.QuietStart", quietStart ?? ""), new("Input.QuietEnd", quietEnd ?? ""),
        };
        fields.AddRange((kinds ?? ["SiteDown", "SiteRecovered", "ColumnDeadline", "CertificateExpiring"]).Select(k => new KeyValuePair<string, string>("Input.Kinds", k)));
        return fields;
    }
}
