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

    /// <summary>While one sender works on a message, others leave it alone for this long.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);
}
