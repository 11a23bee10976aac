namespace Pucha.Data.Inspections;

/// <summary>
/// One automated inspection (系统扫描) of a registered site, as the engine reported it. The findings
/// are stored as the engine wrote them (check id, severity, message, URL, evidence) and do not depend
/// on any indicator set: a score sheet scores them later against whichever table applies.
/// </summary>
public sealed class InspectionRun
{
    /// <summary>Longest error text kept.</summary>
    public const int MaxErrorLength = 500;

    /// <summary>Longest requester name kept.</summary>
    public const int MaxRequestedByLength = 100;

    public long Id { get; set; }

    public int SiteId { get; set; }

    public InspectionTrigger Trigger { get; set; }

    /// <summary>Who asked for it (the organizer's account name), or 系统 for the weekly job.</summary>
    public string RequestedBy { get; set; } = "";

    public InspectionRunStatus Status { get; set; }

    public DateTime QueuedUtc { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    /// <summary>监测时间点 the date rules counted back from.</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>False when the homepage could not be opened (站点无法访问 is then among the findings).</summary>
    public bool HomepageReached { get; set; }

    /// <summary>Why the run failed (Failed), in Chinese.</summary>
    public string? Error { get; set; }

    public int FindingCount { get; set; }

    public int VetoCount { get; set; }

    /// <summary>Findings left out because the stored findings reached their size limit.</summary>
    public int FindingsOmitted { get; set; }

    public long Pages { get; set; }

    public long Links { get; set; }

    public long BrokenLinks { get; set; }

    public long Bytes { get; set; }

    public double Seconds { get; set; }

    /// <summary>The engine's findings with their evidence, as a JSON array (docs/report-format.md).</summary>
    public string FindingsJson { get; set; } = "[]";

    /// <summary>The engine's whole report as JSON, or without its findings when it exceeded the limit.</summary>
    public string? ReportJson { get; set; }

    /// <summary>The report's findings were dropped from <see cref="ReportJson"/> to respect the limit.</summary>
    public bool ReportTrimmed { get; set; }
}
