namespace Pucha.Core.Indicators;

/// <summary>An exact multiplier such as 4/3, kept as a fraction so 60 × 4/3 stays exactly 80.</summary>
public sealed record Fraction(int Numerator, int Denominator)
{
    /// <summary>Multiplies first and divides last, so exact results stay exact.</summary>
    public decimal Apply(decimal value) => value * Numerator / Denominator;

    public override string ToString() => $"{Numerator}/{Denominator}";
}
