using System.Net;
using System.Net.Sockets;

namespace Pucha.Inspection.Fetching;

/// <summary>
/// Decides which addresses the crawler may connect to. A government site's page is hostile input:
/// its links and redirects must never reach the inspecting machine's own network (loopback,
/// private ranges, cloud metadata endpoints). Ranges are refused unless explicitly allowed.
/// </summary>
public sealed class NetworkGuard
{
    private static readonly (IPNetwork Network, string Reason)[] Forbidden =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "未指定地址"),
        (IPNetwork.Parse("10.0.0.0/8"), "内网地址"),
        (IPNetwork.Parse("100.64.0.0/10"), "运营商级NAT地址"),
        (IPNetwork.Parse("127.0.0.0/8"), "本机回环地址"),
        (IPNetwork.Parse("169.254.0.0/16"), "链路本地地址（含云主机元数据地址）"),
        (IPNetwork.Parse("172.16.0.0/12"), "内网地址"),
        (IPNetwork.Parse("192.0.0.0/24"), "保留地址"),
        (IPNetwork.Parse("192.168.0.0/16"), "内网地址"),
        (IPNetwork.Parse("198.18.0.0/15"), "保留地址"),
        (IPNetwork.Parse("224.0.0.0/4"), "组播地址"),
        (IPNetwork.Parse("240.0.0.0/4"), "保留地址"),
        (IPNetwork.Parse("::/128"), "未指定地址"),
        (IPNetwork.Parse("::1/128"), "本机回环地址"),
        (IPNetwork.Parse("fc00::/7"), "内网地址"),
        (IPNetwork.Parse("fe80::/10"), "链路本地地址"),
        (IPNetwork.Parse("fec0::/10"), "内网地址"),
        (IPNetwork.Parse("ff00::/8"), "组播地址"),
    ];

    // IPv6 prefixes that carry an IPv4 address inside; the embedded address is judged too.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    private readonly IReadOnlyList<IPNetwork> _allowed;

    public NetworkGuard(IEnumerable<IPNetwork>? allowed = null) => _allowed = allowed?.ToArray() ?? [];

    public IReadOnlyList<IPNetwork> Allowed => _allowed;

    /// <summary>Null when the address may be connected to; otherwise why not (Chinese).</summary>
    public string? RefusalReason(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IsExplicitlyAllowed(address))
            return null;
        foreach (var (network, reason) in Forbidden)
        {
            if (network.BaseAddress.AddressFamily == address.AddressFamily && network.Contains(address))
                return reason;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } embedded)
            return RefusalReason(embedded);
        return null;
    }

    public bool IsAllowed(IPAddress address) => RefusalReason(address) is null;

    private bool IsExplicitlyAllowed(IPAddress address)
    {
        foreach (var network in _allowed)
        {
            var candidate = address;
            if (network.BaseAddress.AddressFamily != address.AddressFamily)
            {
                // An IPv4 range also allows the IPv4-mapped form of its addresses, and the reverse.
                if (network.BaseAddress.IsIPv4MappedToIPv6 && address.AddressFamily == AddressFamily.InterNetwork)
                    candidate = address.MapToIPv6();
                else
                    continue;
            }
            if (network.Contains(candidate))
                return true;
        }
        return false;
    }

    private static IPAddress? EmbeddedIPv4(IPAddress v6)
    {
        Span<byte> bytes = stackalloc byte[16];
        v6.TryWriteBytes(bytes, out _);
        if (Nat64.Contains(v6))
            return new IPAddress(bytes[12..16]);
        if (SixToFour.Contains(v6))
            return new IPAddress(bytes[2..6]);
        // Deprecated IPv4-compatible form ::a.b.c.d
        if (bytes[..12].IndexOfAnyExcept((byte)0) < 0 && !v6.Equals(IPAddress.IPv6Loopback) && !v6.Equals(IPAddress.IPv6Any))
            return new IPAddress(bytes[12..16]);
        return null;
    }

    /// <summary>Parses CIDR notation (a bare address means that one address).</summary>
    public static bool TryParseNetwork(string text, out IPNetwork network)
    {
        text = text.Trim();
        if (IPNetwork.TryParse(text, out network))
            return true;
        if (IPAddress.TryParse(text, out var single))
        {
            network = new IPNetwork(single, single.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }
        return false;
    }
}
