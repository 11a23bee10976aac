using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Pucha.Inspection.Fetching;

/// <summary>What the TLS handshake with a host showed about its certificate.</summary>
public sealed record TlsCertificateInfo(
    string Host, string Subject, string Issuer, DateTimeOffset NotBefore, DateTimeOffset NotAfter, SslPolicyErrors Errors);

/// <summary>
/// Records every host's certificate from the handshake. The crawler accepts the connection anyway
/// (it only reads public pages); the certificate's problems become an https finding instead.
/// </summary>
public sealed class TlsObserver
{
    private readonly ConcurrentDictionary<string, TlsCertificateInfo> _byHost = new(StringComparer.OrdinalIgnoreCase);

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var host = (sender as SslStream)?.TargetHostName ?? "";
        if (certificate is not null)
        {
            using var x509 = new X509Certificate2(certificate);
            _byHost[host] = new TlsCertificateInfo(host, x509.Subject, x509.Issuer,
                x509.NotBefore.ToUniversalTime(), x509.NotAfter.ToUniversalTime(), errors);
        }
        return true;
    }

    public TlsCertificateInfo? For(string host) => _byHost.TryGetValue(host, out var info) ? info : null;
}
