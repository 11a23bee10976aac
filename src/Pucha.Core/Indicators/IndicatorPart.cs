namespace Pucha.Core.Indicators;

/// <summary>The three parts of an official table.</summary>
public enum IndicatorPart
{
    /// <summary>单项否决.</summary>
    Veto,

    /// <summary>扣分指标.</summary>
    Deduction,

    /// <summary>加分指标.</summary>
    Bonus,
}
