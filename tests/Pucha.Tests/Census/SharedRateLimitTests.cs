using System.Net;
using Pucha.Features.SiteCode;
using Pucha.Data.Infrastructure;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Census;

/// <summary>
/// The limits of 「标识码找回」 and of the self-check code check live in the database: a second web node on the
/// same database sees the first one's count, and a node started afresh (a restart) still does.
/// </summary>
public abstract class SharedRateLimitTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly List<PlatformFixture> _nodes = [];

    public async Task InitializeAsync() => await StartNodeAsync(shared: null);

    public async Task DisposeAsync()
    {
        // The first node owns the database: it goes last.
        for (var i = _nodes.Count - 1; i >= 0; i--)
            await _nodes[i].DisposeAsync();
    }

    [DatabaseFact]
    public async Task Recovery_counts_are_shared_by_nodes_and_survive_a_restart()
    {
        var first = _nodes[0];
        var second = await StartNodeAsync(first.ConnectionString);

        // Per site (limit 2 an hour): two asks on the first node, the third on the second node is refused.
        for (var i = 0; i < 2; i++)
            Assert.Contains(SiteCodeRecovery.Answer, await SiteCodeRecoveryMailTests.RecoverAsync(first.CreateClient(),
                ("Input.HomepageUrl", "http://www.shared.gov.cn/"), ("Input.Email", "a@b.example")));
        var site = await PostAsync(second, "http://www.shared.gov.cn/");
        Assert.Equal(HttpStatusCode.TooManyRequests, site.Status);
        Assert.Contains("“标识码找回”申请过于频繁，请60分钟后再试。", site.Html);

        // Per client (limit 6 in 15 minutes, every POST counts): three so far; three more across both nodes, then refused.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(first, "http://www.other1.gov.cn/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(second, "http://www.other2.gov.cn/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(first, "http://www.other3.gov.cn/")).Status);
        var client = await PostAsync(second, "http://www.other4.gov.cn/");
        Assert.Equal(HttpStatusCode.TooManyRequests, client.Status);
        Assert.Contains("“标识码找回”申请过于频繁，请15分钟后再试。", client.Html);

        // A node started afresh (nothing in its memory) still refuses.
        await second.DisposeAsync();
        _nodes.Remove(second);
        var restarted = await StartNodeAsync(first.ConnectionString);
        var after = await PostAsync(restarted, "http://www.other5.gov.cn/");
        Assert.Equal(HttpStatusCode.TooManyRequests, after.Status);
        Assert.Equal("900", after.RetryAfter);
    }

    [DatabaseFact]
    public async Task Self_check_failures_on_one_node_block_the_code_on_another()
    {
        var first = _nodes[0];
        var second = await StartNodeAsync(first.ConnectionString);
        var siteCode = "43010" + Random.Shared.Next(10000, 99999);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await first.CreateClient().SubmitFormAsync("/SelfCheck", [new("SiteCode", siteCode), new("CheckCode", "AAAA-BBBB-CC")]);
            Assert.Contains("网站标识码或校验码不正确", await wrong.Content.ReadAsStringAsync());
        }

        using var blocked = await second.CreateClient().SubmitFormAsync("/SelfCheck", [new("SiteCode", siteCode), new("CheckCode", "AAAA-BBBB-CD")]);
        Assert.Contains("校验失败次数过多", await blocked.Content.ReadAsStringAsync());
    }

    private async Task<PlatformFixture> StartNodeAsync(string? shared)
    {
        var node = new Node(provider) { SharedConnectionString = shared };
        // Every node's clock a second past the same hour boundary, so no fixed window ends during the test.
        var target = DateTimeOffset.FromUnixTimeSeconds((DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600 + 1) * 3600 + 1);
        node.Clock.Advance(_nodes.Count == 0 ? target - node.Clock.GetUtcNow() : _nodes[0].Clock.GetUtcNow() - node.Clock.GetUtcNow());
        _nodes.Add(node);
        await node.InitializeAsync();
        return node;
    }

    private static async Task<(HttpStatusCode Status, string Html, string? RetryAfter)> PostAsync(PlatformFixture node, string homepage)
    {
        using var response = await node.CreateClient().SubmitFormAsync("/SiteCode/Recover", [new("Input.HomepageUrl", homepage), new("Input.Email", "a@b.example")]);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.ToString());
    }

    private sealed class Node(DatabaseProvider provider) : PlatformFixture
    {
        protected override DatabaseProvider Provider => provider;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Census:SiteCodeRecovery:PerClientPermitLimit"] = "6",
            ["Census:SiteCodeRecovery:PerClientWindow"] = "00:15:00",
            ["Census:SiteCodeRecovery:PerSitePermitLimit"] = "2",
            ["Census:SiteCodeRecovery:PerSiteWindow"] = "01:00:00",
        };
    }
}

public sealed class SharedRateLimitsOnSqlite() : SharedRateLimitTests(DatabaseProvider.Sqlite);

public sealed class SharedRateLimitsOnPostgres() : SharedRateLimitTests(DatabaseProvider.PostgreSql), IPostgresTests;
