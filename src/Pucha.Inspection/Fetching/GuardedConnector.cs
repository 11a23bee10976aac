using System.Net;
using System.Net.Sockets;

namespace Pucha.Inspection.Fetching;

/// <summary>
/// The only way the engine opens connections: resolves the host, checks every address with the
/// <see cref="NetworkGuard"/>, and connects to a checked address itself. Because the check and the
/// connection use the same resolution, a name that resolves differently the second time
/// (DNS rebinding) cannot slip through.
/// </summary>
public sealed class GuardedConnector(NetworkGuard guard, HostResolver resolver, AddressFamily? onlyFamily = null)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await ResolveCheckedAsync(host, cancellationToken).ConfigureAwait(false);
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new HttpRequestException(HttpRequestError.ConnectionError, $"连接失败：{host}", last);
    }

    /// <summary>Resolves and checks; throws <see cref="NetworkRefusedException"/> if any address is refused.</summary>
    public async ValueTask<IPAddress[]> ResolveCheckedAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        if (onlyFamily is { } family)
            addresses = Array.FindAll(addresses, a => a.AddressFamily == family);
        if (addresses.Length == 0)
            throw new HttpRequestException(HttpRequestError.NameResolutionError,
                onlyFamily == AddressFamily.InterNetworkV6 ? $"域名没有IPv6地址（AAAA记录）：{host}" : $"域名解析失败：{host}");
        foreach (var address in addresses)
        {
            if (guard.RefusalReason(address) is { } reason)
                throw new NetworkRefusedException(host.Trim('[', ']'), address, reason);
        }
        return addresses;
    }
}
