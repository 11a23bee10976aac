namespace Pucha.Core.Indicators;

/// <summary>Comparisons a selector can make on an evidence field.</summary>
public enum ConditionOp
{
    Eq,
    Ne,
    Gt,
    Gte,
    Lt,
    Lte,

    /// <summary>The field equals one of the values of a list.</summary>
    In,

    /// <summary>The string field contains the value, or the list field has it as an element.</summary>
    Contains,
    NotContains,

    /// <summary>The field is a non-empty list, or a present non-empty value.</summary>
    NonEmpty,

    /// <summary>The list field has at least <c>Value</c> elements.</summary>
    LengthGte,

    /// <summary>The date field falls in the monitoring window (监测时间点前××内).</summary>
    Within,

    /// <summary>The date field is missing or falls before the window (an undated item counts as not updated).</summary>
    NotWithin,
}
