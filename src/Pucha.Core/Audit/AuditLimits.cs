namespace Pucha.Core.Audit;

/// <summary>Bounds of audit entries: a log line must not grow with hostile input.</summary>
public static class AuditLimits
{
    /// <summary>Longest <see cref="AuditEntry.Detail"/>; longer text is cut.</summary>
    public const int MaxDetailLength = 1000;

    /// <summary>Longest single old/new value written into <see cref="AuditEntry.Changes"/>; longer values are cut and marked with '…'.</summary>
    public const int MaxValueLength = 2000;
}
