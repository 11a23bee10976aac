namespace Pucha.Mail;

/// <summary>The mail server, from configuration section "Mail:Smtp". With no <see cref="Host"/>, mail waits in the outbox.</summary>
public sealed class SmtpSettings
{
    public const string Section = "Mail:Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>User for AUTH PLAIN/LOGIN; empty for a relay that needs none.</summary>
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The From address, e.g. pucha@gov.example.</summary>
    public string Sender { get; set; } = "";

    public string SenderName { get; set; } = "政府网站普查与监管平台";

    /// <summary>
    /// SHA-256 fingerprint (hex) of the server's certificate, for an intranet server with a self-signed
    /// certificate: when set, exactly that certificate is accepted; when empty, the normal chain check applies.
    /// </summary>
    public string CertificateSha256 { get; set; } = "";

    /// <summary>Limit of one connection, from connect to QUIT.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    public bool IsConfigured => Host.Length > 0 && Sender.Length > 0;
}
