namespace Pucha.Core.Monitoring;

/// <summary>
/// The outcome of one homepage visit. <see cref="Ok"/> is false when the homepage did not open
/// within 15 s (超过（含）15秒网站仍打不开), answered with an error status, or could not be reached;
/// <see cref="Reason"/> says which, in Chinese, for the evidence.
/// </summary>
public sealed record ProbeVisit(
    int SiteId,
    DateTime ScheduledUtc,
    DateTime StartedUtc,
    int ElapsedMs,
    bool Ok,
    int? StatusCode,
    string? Reason)
{
    /// <summary>Longest stored reason: evidence, not a log.</summary>
    public const int MaxReasonLength = 200;

    public ProbeSlot Slot => new(SiteId, ScheduledUtc);
}
