namespace Pucha.Mail;

/// <summary>How the connection to the mail server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text (an intranet relay on port 25).</summary>
    None = 0,

    /// <summary>Plain connect, then STARTTLS before anything else (port 587); refused if the server does not offer it.</summary>
    StartTls = 1,

    /// <summary>TLS from the first byte (SMTPS, port 465).</summary>
    Tls = 2,
}
