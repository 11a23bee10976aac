using Pucha.Core.Indicators;

namespace Pucha.Core.Scoring;

/// <summary>One row of a score sheet.</summary>
public sealed record IndicatorScore
{
    public required string Id { get; init; }
    public required IndicatorPart Part { get; init; }

    /// <summary>一级指标.</summary>
    public required string Group { get; init; }

    /// <summary>二级指标.</summary>
    public required string Name { get; init; }

    public string? Checkpoint { get; init; }

    /// <summary>The 细则 as it applies to this site.</summary>
    public required string Rule { get; init; }

    /// <summary>Points available (分值); null where the table sets none.</summary>
    public decimal? Points { get; init; }

    /// <summary>Points lost, never more than <see cref="Points"/>.</summary>
    public decimal Deducted { get; init; }

    /// <summary>Points gained, never more than <see cref="Points"/>.</summary>
    public decimal Awarded { get; init; }

    public required IndicatorStatus Status { get; init; }

    /// <summary>Some of its rules still wait for a person (even if the machine already deducted).</summary>
    public bool PendingManual { get; init; }

    public IReadOnlyList<ScoreLine> Lines { get; init; } = [];
}
