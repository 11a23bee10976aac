namespace Pucha.Core.Alerts;

/// <summary>
/// What an alert is about. A subscription holds a set of these (flags); an alert is exactly one.
/// Stored as its number.
/// </summary>
[Flags]
public enum AlertKinds
{
    None = 0,

    /// <summary>网站无法访问: N consecutive failed homepage visits.</summary>
    SiteDown = 1,

    /// <summary>网站恢复访问: the first successful visit after a 网站无法访问 alert.</summary>
    SiteRecovered = 2,

    /// <summary>栏目即将超期未更新: a column is a few days from going stale.</summary>
    ColumnDeadline = 4,

    /// <summary>证书即将过期: the homepage's TLS certificate expires within the configured days.</summary>
    CertificateExpiring = 8,

    All = SiteDown | SiteRecovered | ColumnDeadline | CertificateExpiring,
}
