using Pucha.Core.Indicators;
using Pucha.Core.Scoring;
using Pucha.Inspection.Findings;

namespace Pucha.Features.Scoring;

/// <summary>
/// The one entry point from an inspection to a score sheet, for <c>pucha inspect --score</c>:
/// <c>InspectionScoring.Score(findings, "2019", asOf)</c>.
/// </summary>
public static class InspectionScoring
{
    /// <param name="findings">The engine's findings for one site.</param>
    /// <param name="set"><c>2015</c>, <c>2019</c>, a built-in set id, or a set file path.</param>
    /// <param name="asOf">The monitoring date (监测时间点) the 监测时间点前×× windows count back from.</param>
    /// <param name="site">What kind of site it is; a local portal when not given.</param>
    /// <param name="manualEntries">Judgements a person has already entered, if any.</param>
    public static ScoreSheet Score(
        IReadOnlyList<Finding> findings,
        string set,
        DateOnly asOf,
        SiteKind? site = null,
        IReadOnlyList<ManualEntry>? manualEntries = null) =>
        Score(findings, IndicatorSetCatalog.Resolve(set), asOf, site, manualEntries);

    /// <summary>The same, with a set already resolved (the CLI resolves it while checking arguments).</summary>
    public static ScoreSheet Score(
        IReadOnlyList<Finding> findings,
        IndicatorSet set,
        DateOnly asOf,
        SiteKind? site = null,
        IReadOnlyList<ManualEntry>? manualEntries = null) =>
        Scorer.Score(
            set,
            FindingObservations.ToObservations(findings),
            manualEntries ?? [],
            asOf,
            site ?? SiteKind.LocalPortal);
}
