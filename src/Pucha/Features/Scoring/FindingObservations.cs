using Pucha.Core.Scoring;
using Pucha.Inspection.Findings;

namespace Pucha.Features.Scoring;

/// <summary>
/// Turns engine findings into the observations Core scores. Evidence is passed through as it is
/// (Core reads numbers, dates, lists and JSON values alike); the finding's severity is added as
/// <c>severity</c> unless the evidence already has that name.
/// </summary>
public static class FindingObservations
{
    public static Observation ToObservation(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var evidence = new Dictionary<string, object?>(finding.Evidence, StringComparer.Ordinal);
        evidence.TryAdd("severity", finding.Severity.ToString().ToLowerInvariant());
        return new Observation(finding.Check, finding.Url, evidence, finding.Message);
    }

    public static IReadOnlyList<Observation> ToObservations(IEnumerable<Finding> findings) =>
        findings.Select(ToObservation).ToList();
}
