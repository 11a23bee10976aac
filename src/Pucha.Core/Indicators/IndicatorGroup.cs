namespace Pucha.Core.Indicators;

/// <summary>A 一级指标 with its 二级指标, in one part of the table.</summary>
public sealed record IndicatorGroup
{
    public required IndicatorPart Part { get; init; }

    /// <summary>一级指标, e.g. 发布解读.</summary>
    public required string Name { get; init; }

    /// <summary>The group's points as printed in the table (发布解读 31); null where the table prints none.</summary>
    public decimal? Points { get; init; }

    public required IReadOnlyList<Indicator> Indicators { get; init; }
}
