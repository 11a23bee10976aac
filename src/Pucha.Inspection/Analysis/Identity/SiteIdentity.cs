namespace Pucha.Inspection.Analysis.Identity;

/// <summary>The site identity items a page shows (in its footer or anywhere a reader sees them).</summary>
/// <param name="ConacBadge">党政机关网站标识 (the red conac badge) is present.</param>
/// <param name="SiteCode">网站标识码 as shown (10 digits or bm + 8 digits).</param>
/// <param name="Icp">ICP备案编号 as shown, spaces removed (e.g. 京ICP备05070218号-1).</param>
/// <param name="PoliceRecord">公安机关备案号, digits (and hyphens) only.</param>
/// <param name="Sponsor">网站主办单位.</param>
/// <param name="Contact">A phone number or e-mail address in the footer.</param>
internal sealed record SiteIdentity(
    bool ConacBadge,
    string? SiteCode,
    string? Icp,
    string? PoliceRecord,
    string? Sponsor,
    string? Contact);
