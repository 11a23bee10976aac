using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Pucha.Inspection.Findings;
using Pucha.Inspection.Tests.Support;

namespace Pucha.Inspection.Tests.SiteChecks;

public sealed class HttpsAndIpv6Tests
{
    private const string Host = "www.mouxian.gov.cn";
    private const string Home = "<!DOCTYPE html><html><head><title>某某县人民政府</title></head><body><p>首页</p></body></html>";

    private static X509Certificate2 SelfSigned(int validDays)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={Host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Host);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(validDays));
        // Kestrel needs a certificate whose private key it can use: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    [Fact]
    public async Task A_self_signed_certificate_is_reported_with_its_expiry()
    {
        using var certificate = SelfSigned(validDays: 10);
        await using var server = await TestWebServer.StartAsync(certificate: certificate);
        server.Html("/", Home);

        var outcome = await Inspector.RunAsync(TestInspection.Options(new Uri($"https://{Host}:{server.Port}/"),
            o => o with { Resolve = [(Host, IPAddress.Loopback)] }));

        Assert.True(outcome.HomepageReached);
        var https = Assert.Single(outcome.Report.Findings, f => f.Check == CheckIds.Https);
        Assert.Equal(Severity.Error, https.Severity);
        Assert.Contains("证书不受信任", https.Message);
        Assert.Equal(Host, https.Evidence["host"]);
        Assert.InRange((int)https.Evidence["daysToExpiry"]!, 8, 10);
    }

    [Fact]
    public async Task A_site_reachable_over_ipv6_has_no_ipv6_finding()
    {
        await using var server = await TestWebServer.StartAsync(IPAddress.IPv6Loopback);
        server.Html("/", Home);

        var outcome = await Inspector.RunAsync(TestInspection.Options(new Uri($"http://{Host}:{server.Port}/"),
            o => o with { Resolve = [(Host, IPAddress.IPv6Loopback)] }));

        Assert.True(outcome.HomepageReached);
        Assert.DoesNotContain(outcome.Report.Findings, f => f.Check == CheckIds.Ipv6);
    }

    [Fact]
    public async Task A_site_with_an_ipv6_address_that_does_not_answer_is_reported()
    {
        await using var server = await TestWebServer.StartAsync(IPAddress.Loopback);
        server.Html("/", Home);

        // The name has an AAAA address (::1), but nothing listens there on this port.
        var outcome = await Inspector.RunAsync(TestInspection.Options(new Uri($"http://{Host}:{server.Port}/"),
            o => o with { Resolve = [(Host, IPAddress.Loopback), (Host, IPAddress.IPv6Loopback)] }));

        var ipv6 = Assert.Single(outcome.Report.Findings, f => f.Check == CheckIds.Ipv6);
        Assert.Contains("IPv6地址无法访问", ipv6.Message);
        Assert.Equal(new[] { "::1" }, ipv6.Evidence["addresses"]);
    }
}
