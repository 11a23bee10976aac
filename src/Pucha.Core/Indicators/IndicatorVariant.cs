namespace Pucha.Core.Indicators;

/// <summary>An indicator's points/rules for sites with all of <see cref="When"/> traits.</summary>
public sealed record IndicatorVariant
{
    public required IReadOnlyList<string> When { get; init; }

    public decimal? Points { get; init; }

    /// <summary>The official wording for this case.</summary>
    public string? Rule { get; init; }

    public IReadOnlyList<ScoringRule>? Rules { get; init; }
}
