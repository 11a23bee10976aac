namespace Pucha.Core.Indicators;

/// <summary>
/// One numbered item of an indicator's 细则 and how it is scored. Fed by engine checks through
/// <see cref="Feeds"/>; with no feeds it is judged by a person (人工评判) through a manual entry.
/// </summary>
public sealed record ScoringRule
{
    /// <summary>Stable id within its indicator.</summary>
    public required string Id { get; init; }

    /// <summary>The item's words in the official document.</summary>
    public required string Text { get; init; }

    public required RuleMode Mode { get; init; }

    /// <summary>Points of a <see cref="RuleMode.Fixed"/> rule.</summary>
    public decimal? Points { get; init; }

    /// <summary>Points per occurrence (<see cref="RuleMode.PerOccurrence"/>) or per step (<see cref="RuleMode.PerStep"/>).</summary>
    public decimal? Each { get; init; }

    /// <summary>What one occurrence is called in the official document: 处, 个, 条, 类, 次…</summary>
    public string? Unit { get; init; }

    /// <summary>The most this rule alone can count (the indicator's own points cap it anyway).</summary>
    public decimal? Cap { get; init; }

    /// <summary>A veto or fixed rule fires only from this many occurrences (超过（含）5个 → 5).</summary>
    public int MinCount { get; init; } = 1;

    /// <summary>What one occurrence is.</summary>
    public CountMode Count { get; init; } = CountMode.Observations;

    /// <summary>The evidence field counted by <see cref="CountMode.ListItems"/> and <see cref="CountMode.DistinctValues"/>.</summary>
    public string? CountField { get; init; }

    /// <summary>For <see cref="RuleMode.PerStep"/>: the numeric evidence field (the largest value seen is used).</summary>
    public string? StepField { get; init; }

    /// <summary>For <see cref="RuleMode.PerStep"/>: the size of one step (每1% → 0.01); only whole steps count.</summary>
    public decimal? Step { get; init; }

    /// <summary>
    /// The machine only suggests: matching observations are listed for a person to confirm, and
    /// count only through a manual entry (dictionary hits and hidden links can be false alarms).
    /// </summary>
    public bool Review { get; init; }

    /// <summary>The engine checks and evidence that feed this rule; empty means manual (人工评判).</summary>
    public IReadOnlyList<EvidenceSelector> Feeds { get; init; } = [];

    public bool IsManual => Feeds.Count == 0;
}
