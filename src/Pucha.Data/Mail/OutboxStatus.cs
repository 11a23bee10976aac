namespace Pucha.Data.Mail;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent (again).</summary>
    Pending = 0,

    Sent = 1,

    /// <summary>The server refused it for good (5xx: no such mailbox, …); kept for the operator, not retried.</summary>
    Rejected = 2,
}
