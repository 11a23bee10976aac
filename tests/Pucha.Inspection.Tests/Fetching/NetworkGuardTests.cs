using System.Net;
using Pucha.Inspection.Fetching;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.Fetching;

public sealed class NetworkGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("100.100.100.200")] // Alibaba Cloud metadata
    [InlineData("169.254.169.254")] // AWS/GCP/Azure metadata
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fc00::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")] // NAT64 of 10.0.0.1
    [InlineData("2002:c0a8:101::1")] // 6to4 of 192.168.1.1
    public void Internal_addresses_are_refused(string address)
    {
        var guard = new NetworkGuard();
        Assert.NotNull(guard.RefusalReason(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("202.108.22.5")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2400:3200::1")]
    [InlineData("::ffff:202.108.22.5")]
    public void Public_addresses_are_allowed(string address)
    {
        var guard = new NetworkGuard();
        Assert.Null(guard.RefusalReason(IPAddress.Parse(address)));
    }

    [Fact]
    public void An_allowed_range_lets_its_addresses_through_in_both_spellings()
    {
        var guard = new NetworkGuard([IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")]);
        Assert.True(guard.IsAllowed(IPAddress.Parse("127.0.0.1")));
        Assert.True(guard.IsAllowed(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.True(guard.IsAllowed(IPAddress.Parse("::1")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("10.0.0.1")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("169.254.169.254")));
    }

    [Theory]
    [InlineData("127.0.0.0/8", true)]
    [InlineData("::1/128", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("10.0.0.0/33", false)]
    [InlineData("not-a-range", false)]
    public void Ranges_are_parsed_as_cidr(string text, bool valid) =>
        Assert.Equal(valid, NetworkGuard.TryParseNetwork(text, out _));

    [Fact]
    public async Task A_direct_private_address_is_refused_before_any_connection()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", "<html></html>");
        using var fetcher = TestInspection.Fetcher(allowed: []);

        var result = await fetcher.GetPageAsync(server.Url("/"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.NetworkRefused, result.Failure?.Kind);
        Assert.Contains("不允许访问内网地址", result.Failure!.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_name_resolved_to_loopback_with_resolve_is_refused_when_not_allowed()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", "<html></html>");
        var resolver = HostResolver.FromMappings([("www.mouxian.gov.cn", IPAddress.Loopback)]);
        using var fetcher = TestInspection.Fetcher(allowed: [], resolver: resolver);

        var result = await fetcher.GetPageAsync(new Uri($"http://www.mouxian.gov.cn:{server.Port}/"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.NetworkRefused, result.Failure?.Kind);
        Assert.Contains("www.mouxian.gov.cn", result.Failure!.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_name_resolved_to_loopback_is_reached_when_the_range_is_allowed()
    {
        await using var server = await TestWebServer.StartAsync();
        server.Html("/", "<html><body>县政府</body></html>");
        var resolver = HostResolver.FromMappings([("www.mouxian.gov.cn", IPAddress.Loopback)]);
        using var fetcher = TestInspection.Fetcher(allowed: [IPNetwork.Parse("127.0.0.0/8")], resolver: resolver);

        var result = await fetcher.GetPageAsync(new Uri($"http://www.mouxian.gov.cn:{server.Port}/"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Contains("县政府", result.Html);
    }

    [Fact]
    public async Task A_zone_mapping_covers_every_name_under_it_but_not_the_zone_itself()
    {
        var resolver = HostResolver.FromMappings([("*.fleet.example", IPAddress.Parse("10.0.0.8"))]);

        Assert.Equal([IPAddress.Parse("10.0.0.8")], await resolver.ResolveAsync("s1.fleet.example", CancellationToken.None));
        Assert.Equal([IPAddress.Parse("10.0.0.8")], await resolver.ResolveAsync("a.b.fleet.example", CancellationToken.None));
        await Assert.ThrowsAsync<HttpRequestException>(async () => await resolver.ResolveAsync("fleet.example", CancellationToken.None));
    }

    [Fact]
    public async Task An_ipv6_loopback_site_is_reached_when_its_range_is_allowed()
    {
        await using var server = await TestWebServer.StartAsync(IPAddress.IPv6Loopback);
        server.Html("/", "<html><body>IPv6</body></html>");
        var resolver = HostResolver.FromMappings([("www.mouxian.gov.cn", IPAddress.IPv6Loopback)]);

        using (var refused = TestInspection.Fetcher(allowed: [IPNetwork.Parse("127.0.0.0/8")], resolver: resolver))
        {
            var result = await refused.GetPageAsync(new Uri($"http://www.mouxian.gov.cn:{server.Port}/"), CancellationToken.None);
            Assert.Equal(FetchFailureKind.NetworkRefused, result.Failure?.Kind);
        }
        using (var allowed = TestInspection.Fetcher(allowed: [IPNetwork.Parse("::1/128")], resolver: resolver))
        {
            var result = await allowed.GetPageAsync(new Uri($"http://www.mouxian.gov.cn:{server.Port}/"), CancellationToken.None);
            Assert.True(result.Succeeded, result.Failure?.Message);
        }
    }

    [Fact]
    public async Task A_name_with_one_private_address_among_public_ones_is_refused()
    {
        var resolver = HostResolver.FromMappings([("mixed.gov.cn", IPAddress.Parse("202.108.22.5")), ("mixed.gov.cn", IPAddress.Parse("10.0.0.5"))]);
        var connector = new GuardedConnector(new NetworkGuard(), resolver);
        await Assert.ThrowsAsync<NetworkRefusedException>(async () => await connector.ResolveCheckedAsync("mixed.gov.cn", CancellationToken.None));
    }
}
