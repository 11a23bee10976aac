namespace Pucha.Core.Census;

/// <summary>
/// A website's place in the census review beside its <see cref="Websites.Website.Status"/>: the route
/// step it concerns, the organizer whose turn it is (so each organizer's queue is one indexed
/// query), and the salted hash of its 校验码 once the 网站标识码 is issued. One row per website.
/// </summary>
public sealed class CensusReview
{
    public int WebsiteId { get; set; }

    /// <summary>See <see cref="ReviewStatus.Step"/>.</summary>
    public int Step { get; set; }

    /// <summary>The organizer that must review now; null unless the record is 未审核.</summary>
    public int? PendingOrganizationId { get; set; }

    /// <summary><see cref="CheckCodeHasher.Hash"/> of the 校验码; the code itself is never stored.</summary>
    public string? CheckCodeHash { get; set; }

    /// <summary>When the 网站标识码 and 校验码 were issued (UTC).</summary>
    public DateTime? CodeIssuedAt { get; set; }
}
