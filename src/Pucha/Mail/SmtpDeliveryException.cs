namespace Pucha.Mail;

/// <summary>
/// A delivery that failed. <see cref="IsPermanent"/> when the server answered 5xx (the message will
/// never be accepted as it is); otherwise (4xx, connection refused, time-out, TLS) it is retried.
/// </summary>
public sealed class SmtpDeliveryException(string message, bool isPermanent, Exception? inner = null) : Exception(message, inner)
{
    public bool IsPermanent { get; } = isPermanent;
}
