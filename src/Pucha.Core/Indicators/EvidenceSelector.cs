namespace Pucha.Core.Indicators;

/// <summary>Observations of one engine check whose evidence meets every condition.</summary>
public sealed record EvidenceSelector
{
    /// <summary>The engine's stable check id (e.g. <c>broken-link</c>).</summary>
    public required string Check { get; init; }

    public IReadOnlyList<EvidenceCondition> Where { get; init; } = [];
}
