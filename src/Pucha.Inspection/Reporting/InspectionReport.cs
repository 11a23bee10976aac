using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Reporting;

/// <summary>
/// Everything one inspection produced. Serialized as documented in docs/report-format.md; new
/// members may be added, existing ones never change meaning.
/// </summary>
public sealed class InspectionReport
{
    public required ReportSite Site { get; init; }

    /// <summary>监测时间点: every date rule counts back from it.</summary>
    public required DateOnly AsOf { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required HomepageVisit Homepage { get; init; }

    public required ReportStats Stats { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The score sheet when scoring was asked for (--score); null otherwise.</summary>
    public object? Score { get; set; }
}

/// <summary>The inspected site as the inspection saw it.</summary>
public sealed record ReportSite(string Url, string? FinalUrl, string? Name, string? SiteCode);

/// <summary>The homepage visit that opened the inspection (evidence of availability).</summary>
public sealed record HomepageVisit(bool Ok, int? Status, double ElapsedMs, string? Error, IReadOnlyList<string> Redirects);

/// <summary>How much was inspected.</summary>
/// <param name="Pages">Site HTML pages parsed.</param>
/// <param name="Links">Distinct link targets found (pages, resources, external).</param>
/// <param name="Checked">Link targets visited.</param>
/// <param name="Skipped">Link targets not visited (robots.txt, traps, limits, --no-external).</param>
/// <param name="Broken">Broken link targets.</param>
/// <param name="Bytes">Body bytes read.</param>
/// <param name="Seconds">Wall-clock duration.</param>
public sealed record ReportStats(long Pages, long Links, long Checked, long Skipped, long Broken, long Bytes, double Seconds);
