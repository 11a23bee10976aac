namespace Pucha.Core.Indicators;

public enum PeriodUnit
{
    Day,
    Week,
    Month,
    Year,
}
