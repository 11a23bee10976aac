namespace Pucha.Core.Alerts;

/// <summary>The Chinese name of each alert kind and whether quiet hours may hold it back.</summary>
public static class AlertKindRules
{
    public static readonly IReadOnlyList<AlertKinds> Each =
        [AlertKinds.SiteDown, AlertKinds.SiteRecovered, AlertKinds.ColumnDeadline, AlertKinds.CertificateExpiring];

    public static string NameOf(AlertKinds kind) => kind switch
    {
        AlertKinds.SiteDown => "网站无法访问",
        AlertKinds.SiteRecovered => "网站恢复访问",
        AlertKinds.ColumnDeadline => "栏目即将超期未更新",
        AlertKinds.CertificateExpiring => "证书即将过期",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "不是单一的告警类型。"),
    };

    /// <summary>
    /// Urgent alerts go out even in quiet hours: a site that is down now (and the all-clear that
    /// ends it) needs someone at once. A column deadline or a certificate expiry is known days
    /// ahead (the lead time is the point of the alert), so it waits for the end of the quiet period.
    /// </summary>
    public static bool IsUrgent(AlertKinds kind) => kind is AlertKinds.SiteDown or AlertKinds.SiteRecovered;
}
