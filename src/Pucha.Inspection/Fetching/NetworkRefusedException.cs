using System.Net;

namespace Pucha.Inspection.Fetching;

/// <summary>Thrown inside the connect callback when the network guard refuses an address.</summary>
public sealed class NetworkRefusedException(string host, IPAddress address, string reason)
    : Exception($"不允许访问内网地址：{host} 解析为 {address}（{reason}）")
{
    public string Host { get; } = host;
    public IPAddress Address { get; } = address;
    public string Reason { get; } = reason;
}
