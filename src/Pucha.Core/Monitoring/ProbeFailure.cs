namespace Pucha.Core.Monitoring;

/// <summary>One failed visit as evidence: when it was due, when it ran, and why it failed.</summary>
public sealed record ProbeFailure(DateTime ScheduledUtc, DateTime StartedUtc, int? StatusCode, string Reason);
