namespace Pucha.Mail;

/// <summary>How the outbox is worked (configuration section "Mail:Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Mail:Outbox";

    /// <summary>How often the sender looks for due mail.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages taken per round.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Wait after the first failure; doubled after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between attempts: a server down for days gets a try every hour and loses nothing.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The file holding the key that seals outbox bodies; empty: outbox.key in the data directory (beside
    /// the SQLite file, or ./data). Created with mode 0600 on first start. Every node of one PostgreSQL
    /// deployment must use the same key: the same file (a shared secret mount) or <see cref="Key"/>.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>The key itself as base64 (32 bytes), e.g. from an environment secret; wins over <see cref="KeyFile"/>.</summary>
    public string? Key { get; set; }

    /// <summary>While one sender works on a message, others leave it alone for this long.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);
}
