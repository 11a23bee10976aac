using Pucha.Core.Websites;

namespace Pucha.Features.Census.Desk;

/// <summary>The organizer desk's filters (审核台): state, region, organization subtree, only my queue, paging.</summary>
public sealed record DeskQuery
{
    /// <summary>One of 未提交/未审核/审核通过/退回; null for all.</summary>
    public CensusStatus? Status { get; init; }

    /// <summary>地区: a division code or its prefix (43, 4301, 430103).</summary>
    public string? Region { get; init; }

    /// <summary>Only the sites of this unit's subtree (the campaign pages link with ?org=).</summary>
    public int? Org { get; init; }

    /// <summary>Only the records waiting for the caller's own review (待本单位审核).</summary>
    public bool Mine { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}
