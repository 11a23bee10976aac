namespace Pucha.Data.Census;

/// <summary>
/// The outcome of a review action as the caller needs it: success with the website's new version
/// (and the 网站标识码 when this action issued it), or a Chinese error and nothing changed.
/// </summary>
public sealed record ReviewResult(bool Succeeded, string? Error, int Version, string? SiteCode)
{
    public static ReviewResult Fail(string error) => new(false, error, 0, null);
}
