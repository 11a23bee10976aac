using System.Globalization;

namespace Pucha.Core;

/// <summary>
/// Beijing time (UTC+8, no daylight saving): the zone of every date and time shown to people and of
/// the day a rule counts in (a deadline, 近2周, a monitoring date). Stored instants stay UTC.
/// </summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The Beijing calendar day of a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);

    /// <summary>The Beijing calendar day of an instant in any offset.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>A UTC instant as Beijing wall-clock text (default <c>yyyy-MM-dd HH:mm</c>); empty for none.</summary>
    public static string Format(DateTime? utc, string pattern = "yyyy-MM-dd HH:mm") =>
        utc is { } value ? (value + Offset).ToString(pattern, CultureInfo.InvariantCulture) : "";
}
