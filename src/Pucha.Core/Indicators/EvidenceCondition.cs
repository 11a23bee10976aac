using System.Text.Json;

namespace Pucha.Core.Indicators;

/// <summary>A test on one evidence field, e.g. <c>onHomepage eq true</c> or <c>posted within 1 year</c>.</summary>
public sealed record EvidenceCondition
{
    public required string Field { get; init; }

    public required ConditionOp Op { get; init; }

    /// <summary>The value compared against (a string, number, boolean, or a list for <see cref="ConditionOp.In"/>).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>For <see cref="ConditionOp.Within"/>/<see cref="ConditionOp.NotWithin"/>: 监测时间点前 this period.</summary>
    public MonitoringPeriod? Window { get; init; }

    /// <summary>Alternatively the window's length in days is taken from this evidence field (a column's limitDays).</summary>
    public string? WindowDaysField { get; init; }
}
