using Pucha.Data.Inspections;
using Pucha.Inspection.Findings;

namespace Pucha.Features.Inspections;

/// <summary>An inspection run in the JSON API; findings only when a single run is read.</summary>
public sealed record InspectionRunDto(
    long Id, int SiteId, string Trigger, string RequestedBy, string Status, DateTime QueuedUtc, DateTime? StartedUtc, DateTime? FinishedUtc,
    DateOnly AsOf, bool HomepageReached, string? Error, int FindingCount, int VetoCount, int FindingsOmitted,
    long Pages, long Links, long BrokenLinks, long Bytes, double Seconds, IReadOnlyList<Finding>? Findings)
{
    public static InspectionRunDto From(InspectionRun run, bool withFindings = false) => new(
        run.Id, run.SiteId, run.Trigger.ToString(), run.RequestedBy, run.Status.ToString(), run.QueuedUtc, run.StartedUtc, run.FinishedUtc,
        run.AsOf, run.HomepageReached, run.Error, run.FindingCount, run.VetoCount, run.FindingsOmitted,
        run.Pages, run.Links, run.BrokenLinks, run.Bytes, run.Seconds,
        withFindings ? StoredFindings.Read(run.FindingsJson) : null);
}
