namespace Pucha.Data.Alerts;

/// <summary>
/// One alert to one subscription. Created in the same transaction as the alert, unique per
/// (alert, subscription); <see cref="NextAttemptUtc"/> holds it through quiet hours and back-off.
/// </summary>
public sealed class AlertDelivery
{
    public const int MaxErrorLength = 500;

    public long Id { get; set; }
    public long AlertId { get; set; }
    public int SubscriptionId { get; set; }
    public AlertDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public string? LastError { get; set; }
}
