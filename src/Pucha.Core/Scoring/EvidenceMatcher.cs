using Pucha.Core.Indicators;

namespace Pucha.Core.Scoring;

/// <summary>Decides whether an observation meets a selector, as of the monitoring date.</summary>
internal static class EvidenceMatcher
{
    public static bool Matches(EvidenceSelector selector, Observation observation, DateOnly asOf) =>
        string.Equals(selector.Check, observation.Check, StringComparison.Ordinal)
        && selector.Where.All(c => Meets(c, observation, asOf));

    public static bool Meets(EvidenceCondition condition, Observation observation, DateOnly asOf)
    {
        var value = Field(observation, condition.Field);
        var expected = condition.Value is { } json ? EvidenceValues.Normalize(json) : null;
        switch (condition.Op)
        {
            case ConditionOp.Eq: return EvidenceValues.AreEqual(value, expected);
            case ConditionOp.Ne: return !EvidenceValues.AreEqual(value, expected);
            case ConditionOp.Gt: return Compare(value, expected) is > 0;
            case ConditionOp.Gte: return Compare(value, expected) is >= 0;
            case ConditionOp.Lt: return Compare(value, expected) is < 0;
            case ConditionOp.Lte: return Compare(value, expected) is <= 0;
            case ConditionOp.In:
                return EvidenceValues.AsList(expected)?.Any(e => EvidenceValues.AreEqual(value, e)) == true;
            case ConditionOp.Contains: return Contains(value, expected);
            case ConditionOp.NotContains: return !Contains(value, expected);
            case ConditionOp.NonEmpty:
                return value switch
                {
                    null => false,
                    List<object?> list => list.Count > 0,
                    string s => s.Length > 0,
                    _ => true,
                };
            case ConditionOp.LengthGte:
                return EvidenceValues.AsList(value) is { } items && EvidenceValues.AsDecimal(expected) is { } n && items.Count >= n;
            case ConditionOp.Within:
            case ConditionOp.NotWithin:
                var window = WindowOf(condition, observation, asOf);
                if (window is null) return false;
                var day = EvidenceValues.AsDate(value);
                return condition.Op == ConditionOp.Within
                    ? day is { } d && window.Value.Contains(d)
                    : day is not { } e || e < window.Value.Start;
            default:
                return false;
        }
    }

    public static object? Field(Observation observation, string field) =>
        observation.Evidence.TryGetValue(field, out var raw) ? EvidenceValues.Normalize(raw) : null;

    private static DateRange? WindowOf(EvidenceCondition condition, Observation observation, DateOnly asOf)
    {
        if (condition.Window is { } period) return period.Before(asOf);
        if (condition.WindowDaysField is { } field
            && EvidenceValues.AsDecimal(Field(observation, field)) is { } days && days >= 0 && days <= 36_600)
            return new MonitoringPeriod((int)days, PeriodUnit.Day).Before(asOf);
        return null;
    }

    private static int? Compare(object? value, object? expected)
    {
        if (EvidenceValues.AsDecimal(value) is { } a && EvidenceValues.AsDecimal(expected) is { } b) return a.CompareTo(b);
        if (EvidenceValues.AsDate(value) is { } x && EvidenceValues.AsDate(expected) is { } y) return x.CompareTo(y);
        return null;
    }

    private static bool Contains(object? value, object? expected) => value switch
    {
        List<object?> list => list.Any(e => EvidenceValues.AreEqual(e, expected)),
        string s => expected is not null && s.Contains(EvidenceValues.Text(expected), StringComparison.Ordinal),
        _ => false,
    };
}
