namespace Pucha.Data.Alerts;

public enum AlertDeliveryStatus
{
    /// <summary>Waiting for its time (quiet hours, back-off) or being delivered.</summary>
    Pending = 0,

    /// <summary>The robot accepted it, or the mail is in the outbox (which retries on its own).</summary>
    Sent = 1,

    /// <summary>Given up after the last attempt; the error stays for the organizer to see.</summary>
    Failed = 2,
}
