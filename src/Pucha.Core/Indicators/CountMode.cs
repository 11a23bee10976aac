namespace Pucha.Core.Indicators;

/// <summary>What counts as one occurrence of a rule.</summary>
public enum CountMode
{
    /// <summary>Each matching observation (each broken link, each stale column).</summary>
    Observations,

    /// <summary>Each element of a list field, summed over observations (each missing guide element).</summary>
    ListItems,

    /// <summary>Each distinct value of a field over all observations (每缺一项: a badge missing on many pages is one).</summary>
    DistinctValues,
}
