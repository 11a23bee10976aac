namespace Pucha.Inspection.Analysis.Dates;

/// <summary>A date (and maybe a time) written in a text, with where it was written.</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Time">The time of day, when one was written.</param>
/// <param name="Start">Offset of the first character in the text it was found in.</param>
/// <param name="Length">Length of the written form.</param>
internal readonly record struct DateMention(DateOnly Date, TimeOnly? Time, int Start, int Length)
{
    /// <summary>"2019-04-01" or "2019-04-01 10:20", the form reports use.</summary>
    public override string ToString() =>
        Time is { } time ? $"{Date:yyyy-MM-dd} {time:HH\\:mm}" : Date.ToString("yyyy-MM-dd");
}
