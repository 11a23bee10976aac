namespace Pucha.Data.Census;

/// <summary>
/// What an accepted review action leaves the caller: the website's new version, and the 网站标识码 when this action
/// issued it (the 校验码 goes only by mail).
/// </summary>
public sealed record ReviewReceipt(int Version, string? SiteCode);
