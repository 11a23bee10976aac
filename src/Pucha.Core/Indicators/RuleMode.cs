namespace Pucha.Core.Indicators;

/// <summary>How a rule turns occurrences into a verdict or points.</summary>
public enum RuleMode
{
    /// <summary>单项否决 once <c>MinCount</c> occurrences are found.</summary>
    Veto,

    /// <summary>A fixed number of points once <c>MinCount</c> occurrences are found (扣5分).</summary>
    Fixed,

    /// <summary>Points for each occurrence (每发现一处，扣0.2分), up to the rule's cap.</summary>
    PerOccurrence,

    /// <summary>Points for each whole step of a measured value (比例每1%扣5分).</summary>
    PerStep,
}
