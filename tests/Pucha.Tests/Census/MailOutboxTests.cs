using Microsoft.Extensions.Time.Testing;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pucha.Data.Mail;
using Pucha.Mail;

namespace Pucha.Tests.Census;

/// <summary>The outbox against a real SMTP server (aiosmtpd) on loopback.</summary>
public sealed class MailOutboxTests
{
    private static readonly DateTimeOffset Start = new(2015, 4, 25, 1, 0, 0, TimeSpan.Zero);

    private static SmtpSettings Settings(int port) => new()
    {
        Host = "127.0.0.1", Port = port, Sender = "pucha@census.example", TimeoutSeconds = 10,
    };

    private static async Task<long> EnqueueAsync(SqliteTestDatabase database, string body = "网站标识码：4301030001\n校验码：ABCDEFGH23")
    {
        await using var context = database.CreateContext();
        var message = new OutboxMessage
        {
            To = "zhang@tianxin.example,li@tianxin.example",
            Subject = "【政府网站普查】天心区教育局网站的网站标识码和校验码",
            Body = body,
            EraseBodyWhenSent = true,
            CreatedAt = Start.UtcDateTime,
            NextAttemptAt = Start.UtcDateTime,
        };
        context.Add(message);
        await context.SaveChangesAsync();
        return message.Id;
    }

    private static string DecodedBody(string raw)
    {
        var body = raw[(raw.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
    }

    [SmtpFact]
    public async Task Outbox_delivers_to_the_server_and_erases_the_secret()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        using var server = SmtpTestServer.Start();
        var id = await EnqueueAsync(database);
        var clock = new FakeTimeProvider(Start);

        await using (var context = database.CreateContext(clock))
        {
            var sent = await new OutboxDelivery(context, new SmtpSender(Settings(server.Port)), new OutboxOptions(), clock).RunOnceAsync(default);
            Assert.Equal(1, sent);
        }

        var raw = Assert.Single(server.Messages());
        Assert.Contains("To: zhang@tianxin.example, li@tianxin.example", raw);
        Assert.Contains("Subject: =?utf-8?B?", raw);
        Assert.Contains("校验码：ABCDEFGH23", DecodedBody(raw));

        await using (var context = database.CreateContext())
        {
            var message = await context.Set<OutboxMessage>().SingleAsync(m => m.Id == id);
            Assert.Equal(OutboxStatus.Sent, message.Status);
            Assert.Equal(1, message.Attempts);
            Assert.Equal("", message.Body);
            Assert.Null(message.LastError);
        }
    }

    [SmtpFact]
    public async Task Server_down_delays_mail_and_it_is_delivered_once_the_server_starts()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        using var server = SmtpTestServer.Prepare(); // port chosen, nothing listening yet
        var id = await EnqueueAsync(database);
        var clock = new FakeTimeProvider(Start);
        var options = new OutboxOptions { FirstRetryDelay = TimeSpan.FromMinutes(1) };

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await using var context = database.CreateContext(clock);
            Assert.Equal(0, await new OutboxDelivery(context, new SmtpSender(Settings(server.Port)), options, clock).RunOnceAsync(default));
            var message = await context.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id);
            Assert.Equal(OutboxStatus.Pending, message.Status);
            Assert.Equal(attempt, message.Attempts);
            Assert.Contains("无法连接邮件服务器", message.LastError);
            Assert.Equal(clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(Math.Pow(2, attempt - 1)), message.NextAttemptAt);

            // Before the back-off has passed nothing is tried.
            Assert.Equal(0, await new OutboxDelivery(context, new SmtpSender(Settings(server.Port)), options, clock).RunOnceAsync(default));
            Assert.Equal(attempt, (await context.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id)).Attempts);
            clock.SetUtcNow(clock.GetUtcNow().AddMinutes(Math.Pow(2, attempt - 1)));
        }

        server.Run();
        await using (var context = database.CreateContext(clock))
        {
            Assert.Equal(1, await new OutboxDelivery(context, new SmtpSender(Settings(server.Port)), options, clock).RunOnceAsync(default));
            var message = await context.Set<OutboxMessage>().SingleAsync(m => m.Id == id);
            Assert.Equal(OutboxStatus.Sent, message.Status);
            Assert.Equal(4, message.Attempts);
        }

        Assert.Contains("4301030001", DecodedBody(Assert.Single(server.Messages())));
    }

    [SmtpFact]
    public async Task StartTls_delivers_to_a_server_with_a_pinned_self_signed_certificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var folder = Path.Combine(Path.GetTempPath(), "pucha-tls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var certPath = Path.Combine(folder, "cert.pem");
        var keyPath = Path.Combine(folder, "key.pem");
        await File.WriteAllTextAsync(certPath, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());
        try
        {
            using var server = SmtpTestServer.Start(certPath, keyPath);
            var settings = Settings(server.Port);
            settings.Security = SmtpSecurity.StartTls;

            // Without the pin the self-signed certificate is refused and nothing is sent in clear.
            var refused = await Assert.ThrowsAsync<SmtpDeliveryException>(() =>
                new SmtpSender(settings).SendAsync(["a@tianxin.example"], "测试", "正文", default));
            Assert.False(refused.IsPermanent);
            Assert.Empty(server.Messages());

            settings.CertificateSha256 = Convert.ToHexString(SHA256.HashData(certificate.RawData));
            await new SmtpSender(settings).SendAsync(["a@tianxin.example"], "测试", "经 STARTTLS 发送", default);

            Assert.Equal("经 STARTTLS 发送", DecodedBody(Assert.Single(server.Messages())));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SmtpFact]
    public async Task Bodies_are_stored_sealed_and_a_plaintext_row_of_an_older_version_still_sends()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        using var server = SmtpTestServer.Start();
        var sealedId = await EnqueueAsync(database);
        var legacyId = await EnqueueAsync(database);
        await using (var context = database.CreateContext())
        {
            var stored = await context.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == sealedId);
            Assert.StartsWith(OutboxBodyCipher.Marker, stored.Body);
            Assert.DoesNotContain("ABCDEFGH23", stored.Body);
            // A row as an older version wrote it: the body in clear, no marker.
            await context.Set<OutboxMessage>().Where(m => m.Id == legacyId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, "网站标识码：4301030002\n校验码：LEGACY2345"));
        }

        var clock = new FakeTimeProvider(Start);
        await using (var context = database.CreateContext(clock))
            Assert.Equal(2, await new OutboxDelivery(context, new SmtpSender(Settings(server.Port)), new OutboxOptions(), clock).RunOnceAsync(default));

        var bodies = server.Messages().Select(DecodedBody).ToList();
        Assert.Contains(bodies, b => b.Contains("校验码：ABCDEFGH23", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("校验码：LEGACY2345", StringComparison.Ordinal));
        await using (var context = database.CreateContext())
            Assert.All(await context.Set<OutboxMessage>().AsNoTracking().ToListAsync(), m => Assert.Equal("", m.Body));
    }

    [Fact]
    public async Task Mail_cannot_be_queued_without_a_key_and_a_wrong_key_keeps_the_message_for_later()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var keyless = new Pucha.Data.PuchaDbContext(Pucha.Data.PuchaDbContextOptions.Create(database.ConnectionString)))
        {
            keyless.Add(new OutboxMessage { To = "a@b.example", Subject = "s", Body = "校验码：ABCDEFGH23", CreatedAt = Start.UtcDateTime, NextAttemptAt = Start.UtcDateTime });
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => keyless.SaveChangesAsync());
            Assert.Contains("未配置发件箱密钥", error.Message);
        }

        var id = await EnqueueAsync(database);
        var clock = new FakeTimeProvider(Start);
        await using (var otherNode = new Pucha.Data.PuchaDbContext(Pucha.Data.PuchaDbContextOptions.Create(database.ConnectionString), null, clock, OutboxBodyCipher.CreateRandom()))
        {
            // No server is needed: the body does not open, so nothing is sent and the message waits.
            Assert.Equal(0, await new OutboxDelivery(otherNode, new SmtpSender(Settings(1)), new OutboxOptions(), clock).RunOnceAsync(default));
            var message = await otherNode.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id);
            Assert.Equal(OutboxStatus.Pending, message.Status);
            Assert.StartsWith(OutboxBodyCipher.Marker, message.Body);
            Assert.Contains("发件箱密钥", message.LastError);
        }
    }

    [Fact]
    public void A_key_that_cannot_be_used_stops_the_start_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:Outbox:Key"] = "c2hvcnQ=" }).Build();
        var error = Assert.Throws<ArgumentException>(() =>
        {
            new ServiceCollection().AddPuchaMail(configuration, "Data Source=/tmp/none/pucha.db");
        });
        Assert.Contains("发件箱密钥不可用", error.Message);
        Assert.Contains("须为 32 字节", error.Message);
    }

    [Fact]
    public void Addresses_that_could_inject_headers_are_refused()
    {
        var error = Assert.Throws<SmtpDeliveryException>(() =>
            MailMessageText.Build("pucha@census.example", "平台", ["a@b.example\r\nBcc: x@evil.example"], "s", "b", Start, "pucha"));
        Assert.True(error.IsPermanent);
    }

    [Fact]
    public void Retry_delay_doubles_up_to_the_cap()
    {
        var options = new OutboxOptions { FirstRetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromHours(1) };
        var delivery = new OutboxDelivery(null!, null!, options, TimeProvider.System);

        Assert.Equal(TimeSpan.FromSeconds(30), delivery.RetryDelay(1));
        Assert.Equal(TimeSpan.FromSeconds(60), delivery.RetryDelay(2));
        Assert.Equal(TimeSpan.FromSeconds(240), delivery.RetryDelay(4));
        Assert.Equal(TimeSpan.FromHours(1), delivery.RetryDelay(12));
        Assert.Equal(TimeSpan.FromHours(1), delivery.RetryDelay(500));
    }
}
