using System.Net;
using System.Net.Sockets;

namespace Pucha.Inspection.Fetching;

/// <summary>
/// Turns a host name into addresses: the run's fixed mappings first (like curl's --resolve),
/// then literal addresses, then DNS. Every result still goes through <see cref="NetworkGuard"/>.
/// A mapping whose host starts with "*." covers every name under that domain (not the domain itself),
/// so one line maps a whole intranet zone, or a benchmark's fleet of sites, to its server.
/// </summary>
public sealed class HostResolver(IReadOnlyDictionary<string, IPAddress[]> overrides)
{
    public static HostResolver System { get; } = new(new Dictionary<string, IPAddress[]>());

    public async ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        host = host.Trim('[', ']');
        if (overrides.TryGetValue(host, out var fixedAddresses))
            return fixedAddresses;
        for (var dot = overrides.Count == 0 ? -1 : host.IndexOf('.'); dot >= 0; dot = host.IndexOf('.', dot + 1))
        {
            if (overrides.TryGetValue(string.Concat("*", host.AsSpan(dot)), out var zoneAddresses))
                return zoneAddresses;
        }
        if (IPAddress.TryParse(host, out var literal))
            return [literal];
        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"域名解析失败：{host}（{e.SocketErrorCode}）", e);
        }
    }

    /// <summary>Builds the override map from "HOST=IP" items; several items may name the same host.</summary>
    public static HostResolver FromMappings(IEnumerable<(string Host, IPAddress Address)> mappings)
    {
        var map = mappings
            .GroupBy(m => m.Host, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Address).ToArray(), StringComparer.OrdinalIgnoreCase);
        return new HostResolver(map);
    }

    public static bool TryParseMapping(string text, out (string Host, IPAddress Address) mapping)
    {
        mapping = default;
        var equals = text.IndexOf('=');
        if (equals <= 0)
            return false;
        var host = text[..equals].Trim();
        var address = text[(equals + 1)..].Trim().Trim('[', ']');
        if (host.Length == 0 || !IPAddress.TryParse(address, out var ip))
            return false;
        mapping = (host, ip);
        return true;
    }
}
