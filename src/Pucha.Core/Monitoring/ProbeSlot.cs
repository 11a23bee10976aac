using System.Globalization;

namespace Pucha.Core.Monitoring;

/// <summary>
/// One scheduled homepage visit: the site and the whole-second UTC time it is due. The pair is the
/// visit's identity: whichever worker runs it, and however often it is retried, it is stored once.
/// </summary>
public readonly record struct ProbeSlot(int SiteId, DateTime ScheduledUtc)
{
    /// <summary>Stable text form, e.g. "17@20260401T013512Z": a Quartz trigger name and a log key.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{SiteId}@{ScheduledUtc:yyyyMMdd'T'HHmmss'Z'}");

    /// <summary>Parses <see cref="Key"/>; false for anything else.</summary>
    public static bool TryParseKey(string? key, out ProbeSlot slot)
    {
        slot = default;
        var at = key?.IndexOf('@') ?? -1;
        if (at <= 0
            || !int.TryParse(key.AsSpan(0, at), NumberStyles.None, CultureInfo.InvariantCulture, out var siteId)
            || !DateTime.TryParseExact(key.AsSpan(at + 1), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
            return false;
        slot = new ProbeSlot(siteId, DateTime.SpecifyKind(time, DateTimeKind.Utc));
        return true;
    }
}
