using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Pucha.Inspection.Analysis.Interaction;

/// <summary>
/// China's working days: Monday to Friday, minus the official holidays (放假), plus the weekend days
/// made working days (调休上班), from the State Council General Office's yearly notices kept as data
/// (Data/cn-holidays.json, 2015–2026, each year citing its notice). Years outside the data fall back
/// to Monday–Friday; <see cref="Covers"/> tells which years are covered.
/// </summary>
internal sealed class WorkingDayCalendar
{
    /// <summary>Longest span counted, in days; longer spans are a caller's mistake.</summary>
    public const int MaxSpanDays = 366 * 20;

    private static readonly Lazy<WorkingDayCalendar> Embedded = new(LoadEmbedded);

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;
    private readonly HashSet<int> _years;

    private WorkingDayCalendar(HashSet<DateOnly> holidays, HashSet<DateOnly> workdays, HashSet<int> years, IReadOnlyDictionary<int, string> notices)
    {
        _holidays = holidays;
        _workdays = workdays;
        _years = years;
        Notices = notices;
    }

    /// <summary>The calendar shipped with Pucha.</summary>
    public static WorkingDayCalendar China => Embedded.Value;

    /// <summary>The notice each covered year's data comes from.</summary>
    public IReadOnlyDictionary<int, string> Notices { get; }

    public bool Covers(int year) => _years.Contains(year);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_workdays.Contains(date))
        {
            return true;
        }

        if (_holidays.Contains(date))
        {
            return false;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>: a message
    /// posted on a Friday and answered the next Monday took 1 working day; same day is 0.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        if (to.DayNumber - from.DayNumber > MaxSpanDays)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"Span longer than {MaxSpanDays} days.");
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxSpanDays);
        var day = from;
        for (var added = 0; added < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }

        return day;
    }

    /// <summary>Reads a calendar in the format of Data/cn-holidays.json.</summary>
    public static WorkingDayCalendar Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var holidays = new HashSet<DateOnly>();
        var workdays = new HashSet<DateOnly>();
        var years = new HashSet<int>();
        var notices = new Dictionary<int, string>();
        foreach (var year in document.RootElement.GetProperty("years").EnumerateObject())
        {
            var number = int.Parse(year.Name, CultureInfo.InvariantCulture);
            years.Add(number);
            notices[number] = year.Value.GetProperty("notice").GetString() ?? string.Empty;
            foreach (var range in year.Value.GetProperty("holidays").EnumerateArray())
            {
                var first = ParseDate(range[0]);
                var last = ParseDate(range[1]);
                if (last < first || last.DayNumber - first.DayNumber > 31)
                {
                    throw new FormatException($"Holiday range {first}..{last} of {year.Name} is not a valid range.");
                }

                for (var day = first; day <= last; day = day.AddDays(1))
                {
                    holidays.Add(day);
                }
            }

            foreach (var workday in year.Value.GetProperty("workdays").EnumerateArray())
            {
                workdays.Add(ParseDate(workday));
            }
        }

        return new WorkingDayCalendar(holidays, workdays, years, notices);
    }

    private static DateOnly ParseDate(JsonElement element) =>
        DateOnly.ParseExact(element.GetString() ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static WorkingDayCalendar LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Pucha.Inspection.Analysis.cn-holidays.json")
            ?? throw new InvalidOperationException("Embedded resource cn-holidays.json is missing.");
        return Parse(stream);
    }
}
