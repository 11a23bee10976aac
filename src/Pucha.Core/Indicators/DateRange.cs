namespace Pucha.Core.Indicators;

/// <summary>A closed range of days, both ends included.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public override string ToString() => $"{Start:yyyy年M月d日}至{End:yyyy年M月d日}";
}
