namespace Pucha.Features.SiteCode;

/// <summary>
/// Limits of 「标识码找回」 (configuration section "Census:SiteCodeRecovery"): each client IP and each
/// site may ask only so many times per window, so the page can neither flood a unit's mailbox nor be
/// used to probe the registry quickly.
/// </summary>
public sealed class SiteCodeRecoveryOptions
{
    public const string Section = "Census:SiteCodeRecovery";

    /// <summary>Requests one client IP may send per <see cref="PerClientWindow"/>.</summary>
    public int PerClientPermitLimit { get; set; } = 5;

    public TimeSpan PerClientWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Requests naming one site (its homepage, or its name and unit) per <see cref="PerSiteWindow"/>, from anywhere.</summary>
    public int PerSitePermitLimit { get; set; } = 5;

    public TimeSpan PerSiteWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The Chinese answer to a request over either limit.</summary>
    public static string LimitMessage(TimeSpan window) =>
        $"“标识码找回”申请过于频繁，请{Math.Max(1, (int)Math.Ceiling(window.TotalMinutes))}分钟后再试。";
}
