using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;
using Pucha.Data.Monitoring;
using Pucha.Features.Monitoring;
using Pucha.Testing;

namespace Pucha.Tests.Monitoring;

/// <summary>A snapshot of an https homepage records the certificate's expiry seen in the TLS handshake.</summary>
public sealed class HttpsSnapshotTests
{
    [Fact]
    public async Task A_snapshot_records_the_homepage_certificates_expiry()
    {
        var notAfter = DateTime.UtcNow.Date.AddDays(10).AddHours(8);
        using var certificate = SelfSigned(notAfter);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        await using var app = builder.Build();
        app.MapGet("/", () => Results.Content("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>首页</title></head><body>首页</body></html>", "text/html; charset=utf-8"));
        await app.StartAsync();
        var homepage = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).GetLeftPart(UriPartial.Authority) + "/";

        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (var context = database.CreateContext())
        {
            var organization = new Organization { Name = "单位", Kind = OrganizationKind.ReportingUnit, Path = "/1/" };
            context.Organizations.Add(organization);
            await context.SaveChangesAsync();
            var site = SampleData.ValidWebsite(1, organization.Id);
            site.HomepageUrl = homepage;
            site.Columns.Clear();
            context.Websites.Add(site);
            await context.SaveChangesAsync();
        }

        await using var services = WatchTestServices.Build(database.ConnectionString, TimeProvider.System);
        Assert.Equal(1, await services.GetRequiredService<WatchSweeper>().SnapshotDueAsync(default));

        await using var read = database.CreateContext();
        var snapshot = await read.Set<HomepageSnapshot>().SingleAsync();
        Assert.True(snapshot.Ok, snapshot.Error);
        Assert.Equal(notAfter, snapshot.CertificateNotAfterUtc);
    }

    private static X509Certificate2 SelfSigned(DateTime notAfterUtc)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), new DateTimeOffset(notAfterUtc, TimeSpan.Zero));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
