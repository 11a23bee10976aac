namespace Pucha.Data.Mail;

/// <summary>
/// An e-mail waiting in the outbox table. It is written in the same transaction as the change that
/// causes it, so a committed change always has its mail and a rolled-back one never does; the sender
/// delivers it later, retrying until the server takes it.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Recipients, separated by ','.</summary>
    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>
    /// Plain-text body as written by the caller; stored sealed by <see cref="OutboxBodyCipher"/> (it may
    /// carry a secret such as a 校验码) and emptied once the message is sent or refused for good.
    /// </summary>
    public string Body { get; set; } = "";

    /// <summary>Written by older versions, which erased only these bodies; every body is erased now.</summary>
    public bool EraseBodyWhenSent { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this time (UTC) is the next attempt made.</summary>
    public DateTime NextAttemptAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>The error of the last failed attempt, for the operator.</summary>
    public string? LastError { get; set; }

    public IReadOnlyList<string> Recipients => To.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
