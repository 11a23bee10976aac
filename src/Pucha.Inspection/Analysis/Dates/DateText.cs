using System.Text.RegularExpressions;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Dates;

/// <summary>
/// Finds the dates written in Chinese page text: 2019-04-01, 2019/4/1, 2019.04.01, 2019年4月1日,
/// each optionally followed by a time (10:20, 10:20:30, 10时20分); full-width digits and colons
/// (including '∶') are folded first. Impossible dates (2019-02-30, month 13, hour 25) are skipped.
/// </summary>
internal static partial class DateText
{
    /// <summary>Finds every full (year-month-day) date in <paramref name="text"/>.</summary>
    public static List<DateMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        var result = new List<DateMention>();
        foreach (Match match in FullDate().Matches(folded))
        {
            if (TryRead(match, out var mention))
            {
                result.Add(mention);
            }
        }

        return result;
    }

    /// <summary>Parses a text that is just a date (e.g. a meta tag's content), allowing spaces around it.</summary>
    public static DateMention? ParseExact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = TextFolding.Fold(text.Trim());
        var match = FullDate().Match(folded);
        return match.Success && match.Index == 0 && TryRead(match, out var mention) ? mention : null;
    }

    /// <summary>
    /// Finds month-day dates without a year ([04-01], 04-01, 4月1日) and resolves the year against
    /// <paramref name="asOf"/>: a month-day after as-of means the previous year.
    /// </summary>
    public static List<DateMention> FindMonthDays(string text, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        var result = new List<DateMention>();
        foreach (Match match in MonthDay().Matches(folded))
        {
            var month = int.Parse(match.Groups["m"].ValueSpan);
            var day = int.Parse(match.Groups["d"].ValueSpan);
            if (ResolveMonthDay(month, day, asOf) is { } date)
            {
                result.Add(new DateMention(date, null, match.Index, match.Length));
            }
        }

        return result;
    }

    /// <summary>The date of <paramref name="month"/>-<paramref name="day"/> on or before as-of, or null when impossible.</summary>
    public static DateOnly? ResolveMonthDay(int month, int day, DateOnly asOf)
    {
        if (TryDate(asOf.Year, month, day) is { } thisYear)
        {
            return thisYear <= asOf ? thisYear : TryDate(asOf.Year - 1, month, day);
        }

        // 02-29 in a non-leap as-of year belongs to the last leap year only if it was last year.
        return TryDate(asOf.Year - 1, month, day);
    }

    private static bool TryRead(Match match, out DateMention mention)
    {
        mention = default;
        var year = int.Parse(match.Groups["y"].ValueSpan);
        var month = int.Parse(match.Groups["m"].ValueSpan);
        var day = int.Parse(match.Groups["d"].ValueSpan);
        if (TryDate(year, month, day) is not { } date)
        {
            return false;
        }

        var length = match.Length;
        TimeOnly? time = null;
        if (match.Groups["H"].Success)
        {
            var hour = int.Parse(match.Groups["H"].ValueSpan);
            var minute = int.Parse(match.Groups["M"].ValueSpan);
            var second = match.Groups["S"].Success ? int.Parse(match.Groups["S"].ValueSpan) : 0;
            if (hour < 24 && minute < 60 && second < 60)
            {
                time = new TimeOnly(hour, minute, second);
            }
            else
            {
                length = match.Groups["H"].Index - match.Index;
            }
        }

        mention = new DateMention(date, time, match.Index, length);
        return true;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1900 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(
        @"(?<![\d])(?<y>(?:19|20|21)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?!\d)\s*日?(?:[ \tT]*(?<H>\d{1,2})\s*(?::|时)\s*(?<M>\d{1,2})(?!\d)(?:\s*(?::|分)\s*(?<S>\d{1,2})(?!\d)\s*秒?)?\s*分?)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(
        @"(?<![\d./\-年])(?<m>\d{1,2})\s*[-/月]\s*(?<d>\d{1,2})(?![\d:./\-])\s*日?",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();
}
