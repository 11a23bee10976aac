namespace Pucha.Core.Alerts;

/// <summary>
/// 免打扰时段 in Beijing time, [Start, End): e.g. 22:00–07:00 spans midnight. Start equal to End
/// means no quiet period. Non-urgent alerts raised inside it are delivered at its end.
/// </summary>
public readonly record struct QuietHours(TimeOnly Start, TimeOnly End)
{

    public bool IsEmpty => Start == End;

    /// <summary>Whether <paramref name="utc"/> falls inside the quiet period.</summary>
    public bool Contains(DateTime utc)
    {
        if (IsEmpty)
            return false;
        var local = TimeOnly.FromDateTime(RequireUtc(utc) + BeijingTime.Offset);
        return Start < End ? local >= Start && local < End : local >= Start || local < End;
    }

    /// <summary>When an alert raised at <paramref name="utc"/> may be delivered: now, or the end of the quiet period.</summary>
    public DateTime DeliveryTime(DateTime utc, bool urgent)
    {
        if (urgent || !Contains(utc))
            return utc;
        var local = RequireUtc(utc) + BeijingTime.Offset;
        var end = local.Date + End.ToTimeSpan();
        if (end <= local)
            end = end.AddDays(1);
        return DateTime.SpecifyKind(end - BeijingTime.Offset, DateTimeKind.Utc);
    }

    /// <summary>"22:00–07:00", or "无" when there is no quiet period.</summary>
    public override string ToString() => IsEmpty ? "无" : $"{Start:HH\\:mm}–{End:HH\\:mm}";

    private static DateTime RequireUtc(DateTime utc) =>
        utc.Kind == DateTimeKind.Utc ? utc : throw new ArgumentException("时间必须是 UTC。", nameof(utc));
}
