namespace Pucha.Features.SiteCode;

/// <summary>What the public form of 「标识码找回」 asks: the homepage, or the site's name and its unit; and the registered e-mail.</summary>
public sealed record SiteCodeRecoveryRequest
{
    public const int MaxLength = 254;

    public string? HomepageUrl { get; init; }

    public string? Name { get; init; }

    public string? Unit { get; init; }

    public string? Email { get; init; }
}
