namespace Pucha.Features.Census.Desk;

/// <summary>The outcome of a desk action: done (with a Chinese note), or refused with the Chinese reason and nothing changed.</summary>
public sealed record DeskResult(bool Succeeded, string Message, bool NotFound = false)
{
    public static DeskResult Done(string message) => new(true, message);

    public static DeskResult Refused(string message) => new(false, message);

    public static DeskResult Missing() => new(false, "网站记录不存在或不在您的管辖范围内。", NotFound: true);
}
