using System.Net.Sockets;
using Pucha.Inspection.Fetching;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>IPv6: the host has an AAAA record, and the homepage really opens over an IPv6 connection.</summary>
internal static class Ipv6Check
{
    public static async Task<IReadOnlyList<Finding>> RunAsync(SiteCheckContext context, CancellationToken cancellationToken)
    {
        var home = context.Homepage.FinalUrl;
        var host = home.IdnHost.Trim('[', ']');
        var connector = new GuardedConnector(context.Guard, context.Resolver, AddressFamily.InterNetworkV6);
        string[] addresses;
        try
        {
            addresses = (await connector.ResolveCheckedAsync(host, cancellationToken).ConfigureAwait(false))
                .Select(a => a.ToString()).ToArray();
        }
        catch (HttpRequestException e)
        {
            return [Fail(home, $"网站不支持IPv6：{e.Message}", [], e.Message)];
        }
        catch (NetworkRefusedException e)
        {
            return [Fail(home, $"网站的IPv6地址不允许访问：{e.Message}", [e.Address.ToString()], e.Message)];
        }

        using var fetcher = new PageFetcher(context.Fetcher.Options with { MaxConnectionsPerHost = 1, RetriesOnReset = 0 }, connector, context.Tls);
        var visit = await fetcher.GetPageAsync(home, cancellationToken).ConfigureAwait(false);
        if (!visit.Succeeded)
            return [Fail(home, $"网站的IPv6地址无法访问首页（{visit.Failure!.Message}）", addresses, visit.Failure.Message)];
        return [];
    }

    private static Finding Fail(Uri home, string message, string[] addresses, string error) =>
        new(CheckIds.Ipv6, Severity.Warning, message, home.AbsoluteUri,
            new Dictionary<string, object?> { ["host"] = home.IdnHost, ["addresses"] = addresses, ["error"] = error });
}
