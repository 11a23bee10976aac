using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Pucha.Mail;

/// <summary>
/// A small SMTP client (RFC 5321) with the three connection modes of <see cref="SmtpSecurity"/>,
/// AUTH PLAIN/LOGIN and one message per connection. Written here because System.Net.Mail.SmtpClient
/// cannot do implicit TLS and MailKit is not available; every reply is read with a bound on its size.
/// </summary>
public sealed class SmtpSender(SmtpSettings settings)
{
    private const int MaxReplyLineLength = 2048;
    private const int MaxReplyLines = 100;

    public async Task SendAsync(IReadOnlyList<string> recipients, string subject, string body, CancellationToken cancellationToken)
    {
        if (!settings.IsConfigured)
        {
            throw new SmtpDeliveryException("未配置邮件服务器（Mail:Smtp:Host、Sender）。", isPermanent: false);
        }

        var message = MailMessageText.Build(settings.Sender, settings.SenderName, recipients, subject, body, DateTimeOffset.Now, "pucha");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            await SendCoreAsync(recipients, message, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SmtpDeliveryException($"连接邮件服务器超时（{settings.TimeoutSeconds}秒）。", isPermanent: false);
        }
        catch (Exception e) when (e is SocketException or IOException or AuthenticationException)
        {
            throw new SmtpDeliveryException($"无法连接邮件服务器 {settings.Host}:{settings.Port}：{e.Message}", isPermanent: false, e);
        }
    }

    private async Task SendCoreAsync(IReadOnlyList<string> recipients, string message, CancellationToken ct)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(settings.Host, settings.Port, ct);
        Stream stream = tcp.GetStream();
        if (settings.Security == SmtpSecurity.Tls)
        {
            stream = await StartTlsAsync(stream, ct);
        }

        var session = new Session(stream);
        await session.ExpectAsync(220, ct);
        var extensions = await session.CommandAsync("EHLO " + LocalName(), 250, ct);
        if (settings.Security == SmtpSecurity.StartTls)
        {
            if (!extensions.Any(l => l.StartsWith("STARTTLS", StringComparison.OrdinalIgnoreCase)))
            {
                throw new SmtpDeliveryException("邮件服务器不支持 STARTTLS，按配置拒绝以明文发送。", isPermanent: false);
            }

            await session.CommandAsync("STARTTLS", 220, ct);
            session = new Session(await StartTlsAsync(stream, ct));
            extensions = await session.CommandAsync("EHLO " + LocalName(), 250, ct);
        }

        if (settings.UserName.Length > 0)
        {
            await AuthenticateAsync(session, extensions, ct);
        }

        await session.CommandAsync($"MAIL FROM:<{settings.Sender}>", 250, ct);
        var accepted = 0;
        string? refused = null;
        foreach (var recipient in recipients)
        {
            var (code, text) = await session.SendAsync($"RCPT TO:<{recipient}>", ct);
            if (code is 250 or 251)
            {
                accepted++;
            }
            else if (code >= 500)
            {
                refused = $"{recipient}: {code} {text}";
            }
            else
            {
                throw new SmtpDeliveryException($"收件人 {recipient} 暂时无法接收：{code} {text}", isPermanent: false);
            }
        }

        if (accepted == 0)
        {
            throw new SmtpDeliveryException("邮件服务器拒绝了全部收件人：" + refused, isPermanent: true);
        }

        await session.CommandAsync("DATA", 354, ct);
        await session.WriteRawAsync(message + ".\r\n", ct);
        await session.ExpectAsync(250, ct);
        await session.SendAsync("QUIT", ct);
    }

    private async Task AuthenticateAsync(Session session, IReadOnlyList<string> extensions, CancellationToken ct)
    {
        var auth = extensions.FirstOrDefault(l => l.StartsWith("AUTH", StringComparison.OrdinalIgnoreCase)) ?? "";
        if (settings.Security == SmtpSecurity.None)
        {
            throw new SmtpDeliveryException("配置了用户名密码但未启用 TLS/STARTTLS：拒绝以明文发送密码。", isPermanent: true);
        }

        if (auth.Contains("PLAIN", StringComparison.OrdinalIgnoreCase))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{settings.UserName}\0{settings.Password}"));
            await session.CommandAsync("AUTH PLAIN " + token, 235, ct);
        }
        else if (auth.Contains("LOGIN", StringComparison.OrdinalIgnoreCase))
        {
            await session.CommandAsync("AUTH LOGIN", 334, ct);
            await session.CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.UserName)), 334, ct);
            await session.CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.Password)), 235, ct);
        }
        else
        {
            throw new SmtpDeliveryException("邮件服务器不支持 AUTH PLAIN 或 AUTH LOGIN。", isPermanent: true);
        }
    }

    private async Task<Stream> StartTlsAsync(Stream inner, CancellationToken ct)
    {
        var ssl = new SslStream(inner, leaveInnerStreamOpen: true, ValidateCertificate);
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = settings.Host }, ct);
        return ssl;
    }

    private bool ValidateCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (settings.CertificateSha256.Length == 0)
        {
            return errors == SslPolicyErrors.None;
        }

        if (certificate is null)
        {
            return false;
        }

        var actual = Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));
        var expected = settings.CertificateSha256.Replace(":", "", StringComparison.Ordinal).Trim();
        return string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);
    }

    private static string LocalName()
    {
        var name = System.Net.Dns.GetHostName();
        return name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') ? name : "localhost";
    }

    /// <summary>One SMTP conversation over a stream: commands out, replies in (multi-line aware, bounded).</summary>
    private sealed class Session(Stream stream)
    {
        private readonly byte[] _buffer = new byte[4096];
        private int _start;
        private int _end;

        public async Task<IReadOnlyList<string>> CommandAsync(string command, int expected, CancellationToken ct)
        {
            await WriteRawAsync(command + "\r\n", ct);
            return await ExpectAsync(expected, ct);
        }

        public async Task<(int Code, string Text)> SendAsync(string command, CancellationToken ct)
        {
            await WriteRawAsync(command + "\r\n", ct);
            var (code, lines) = await ReadReplyAsync(ct);
            return (code, string.Join(" ", lines));
        }

        public async Task<IReadOnlyList<string>> ExpectAsync(int expected, CancellationToken ct)
        {
            var (code, lines) = await ReadReplyAsync(ct);
            if (code != expected)
            {
                var text = string.Join(" ", lines);
                throw new SmtpDeliveryException($"邮件服务器返回 {code} {text}", isPermanent: code >= 500);
            }

            return lines;
        }

        public async Task WriteRawAsync(string text, CancellationToken ct)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
            await stream.FlushAsync(ct);
        }

        private async Task<(int Code, List<string> Lines)> ReadReplyAsync(CancellationToken ct)
        {
            var lines = new List<string>();
            while (true)
            {
                var line = await ReadLineAsync(ct);
                if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), out var code))
                {
                    throw new SmtpDeliveryException("邮件服务器的应答无法识别。", isPermanent: false);
                }

                lines.Add(line.Length > 4 ? line[4..] : "");
                if (line.Length == 3 || line[3] != '-')
                {
                    return (code, lines);
                }

                if (lines.Count > MaxReplyLines)
                {
                    throw new SmtpDeliveryException("邮件服务器的应答过长。", isPermanent: false);
                }
            }
        }

        private async Task<string> ReadLineAsync(CancellationToken ct)
        {
            var line = new List<byte>();
            while (true)
            {
                if (_start == _end)
                {
                    _start = 0;
                    _end = await stream.ReadAsync(_buffer, ct);
                    if (_end == 0)
                    {
                        throw new IOException("邮件服务器关闭了连接。");
                    }
                }

                var b = _buffer[_start++];
                if (b == '\n')
                {
                    return Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
                }

                line.Add(b);
                if (line.Count > MaxReplyLineLength)
                {
                    throw new SmtpDeliveryException("邮件服务器的应答行过长。", isPermanent: false);
                }
            }
        }
    }
}
