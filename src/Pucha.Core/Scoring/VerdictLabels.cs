using Pucha.Core.Indicators;

namespace Pucha.Core.Scoring;

/// <summary>
/// The words of a verdict as the official tables print them (是否合格: 合格/不合格; the three parts 单项否决,
/// 扣分指标, 加分指标), in one place for the sheet, its exports and the console.
/// </summary>
public static class VerdictLabels
{
    public const string Qualified = "合格";
    public const string NotQualified = "不合格";
    public const string Veto = "单项否决";
    public const string Deduction = "扣分指标";
    public const string Bonus = "加分指标";

    public static string Of(bool qualified) => qualified ? Qualified : NotQualified;

    public static string Of(IndicatorPart part) => part switch
    {
        IndicatorPart.Veto => Veto,
        IndicatorPart.Deduction => Deduction,
        IndicatorPart.Bonus => Bonus,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };
}
