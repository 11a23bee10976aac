namespace Pucha.Core.Indicators;

/// <summary>
/// One official indicator table (评分表/检查指标), as data: a new year's table is a new file, not new code.
/// The file format is described in docs/indicator-sets.md.
/// </summary>
public sealed record IndicatorSet
{
    /// <summary>Stable id, e.g. <c>website-2019</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Version of the table, usually its date of issue (e.g. <c>2019-04-01</c>).</summary>
    public required string Version { get; init; }

    /// <summary>The table's title in the official document's words.</summary>
    public required string Title { get; init; }

    /// <summary>Where the table comes from (issuing office and document).</summary>
    public required string Source { get; init; }

    /// <summary>The table's own explanation of how it is scored (指标说明/注), verbatim.</summary>
    public string? Explanation { get; init; }

    public required ScoringPolicy Scoring { get; init; }

    public IReadOnlyList<Exemption> Exemptions { get; init; } = [];

    public required IReadOnlyList<IndicatorGroup> Groups { get; init; }

    /// <summary>Engine checks that this table deliberately does not score, each with the reason.</summary>
    public IReadOnlyList<UnscoredCheck> UnscoredChecks { get; init; } = [];

    public IEnumerable<Indicator> Indicators => Groups.SelectMany(g => g.Indicators);

    public IEnumerable<IndicatorGroup> GroupsOf(IndicatorPart part) => Groups.Where(g => g.Part == part);

    public Indicator? Find(string indicatorId) => Indicators.FirstOrDefault(i => i.Id == indicatorId);

    public IndicatorGroup GroupOf(Indicator indicator) => Groups.First(g => g.Indicators.Contains(indicator));

    /// <summary>Every engine check id some indicator of this set is fed by.</summary>
    public IEnumerable<string> FedChecks =>
        Indicators.SelectMany(i => i.AllRules).SelectMany(r => r.Feeds).Select(f => f.Check).Distinct();
}
