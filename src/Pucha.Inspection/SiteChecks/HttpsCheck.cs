using Pucha.Inspection.Fetching;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.SiteChecks;

/// <summary>
/// HTTPS: the certificate seen in the TLS handshake (validity, days to expiry), or, for a site
/// served over plain HTTP, whether https:// opens at all.
/// </summary>
internal static class HttpsCheck
{
    /// <summary>A certificate expiring sooner than this is reported.</summary>
    public const int ExpiryWarningDays = 30;

    public static async Task<IReadOnlyList<Finding>> RunAsync(SiteCheckContext context, CancellationToken cancellationToken)
    {
        var home = context.Homepage.FinalUrl;
        if (home.Scheme == Uri.UriSchemeHttps)
            return CertificateFindings(context.Tls.For(home.IdnHost), home);

        var httpsRoot = new UriBuilder(Uri.UriSchemeHttps, home.Host) { Path = "/" }.Uri;
        var visit = await context.Fetcher.GetPageAsync(httpsRoot, cancellationToken).ConfigureAwait(false);
        if (!visit.Succeeded)
        {
            return
            [
                new Finding(CheckIds.Https, Severity.Warning, $"网站未提供HTTPS访问：{httpsRoot} 无法打开（{visit.Failure!.Message}）", home.AbsoluteUri,
                    new Dictionary<string, object?> { ["httpsUrl"] = httpsRoot.AbsoluteUri, ["error"] = visit.Failure.Message }),
            ];
        }
        return CertificateFindings(context.Tls.For(home.IdnHost), httpsRoot);
    }

    private static IReadOnlyList<Finding> CertificateFindings(TlsCertificateInfo? certificate, Uri url)
    {
        if (certificate is null)
            return [];
        var daysToExpiry = (int)Math.Floor((certificate.NotAfter - DateTimeOffset.UtcNow).TotalDays);
        var evidence = new Dictionary<string, object?>
        {
            ["host"] = certificate.Host,
            ["subject"] = certificate.Subject,
            ["issuer"] = certificate.Issuer,
            ["notAfter"] = certificate.NotAfter.ToString("yyyy-MM-dd"),
            ["daysToExpiry"] = daysToExpiry,
            ["errors"] = certificate.Errors.ToString(),
        };
        if (certificate.Errors != System.Net.Security.SslPolicyErrors.None || daysToExpiry < 0)
        {
            var reason = daysToExpiry < 0 ? "证书已过期" : certificate.Errors switch
            {
                System.Net.Security.SslPolicyErrors.RemoteCertificateNameMismatch => "证书与域名不符",
                System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors => "证书不受信任（证书链无效或自签名）",
                _ => "证书无效",
            };
            return [new Finding(CheckIds.Https, Severity.Error, $"HTTPS证书有问题：{reason}（{certificate.Host}）", url.AbsoluteUri, evidence)];
        }
        if (daysToExpiry < ExpiryWarningDays)
            return [new Finding(CheckIds.Https, Severity.Warning, $"HTTPS证书将在{daysToExpiry}天后到期（{certificate.Host}）", url.AbsoluteUri, evidence)];
        return [];
    }
}
