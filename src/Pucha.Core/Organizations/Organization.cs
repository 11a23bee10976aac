using Pucha.Core;
using Pucha.Core.Audit;

namespace Pucha.Core.Organizations;

/// <summary>An organizer unit (组织单位) or a reporting unit (填报单位) in the census tree.</summary>
public sealed class Organization : IAuditable, IVersioned, ITimestamped
{
    public int Id { get; set; }

    /// <summary>Full official name, e.g. 湖南省人民政府办公厅, 海关总署办公厅, 大连海关.</summary>
    public string Name { get; set; } = "";

    public OrganizationKind Kind { get; set; }

    /// <summary>The organizer this unit reports to; null only for the root (国务院办公厅).</summary>
    public int? ParentId { get; set; }

    public Organization? Parent { get; set; }

    /// <summary>
    /// Ids from the root down to this unit, e.g. "/1/7/42/". A subtree is every row whose path starts
    /// with the ancestor's path: one indexed prefix query. Set by <see cref="OrganizationPath"/>.
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>Six-digit GB/T 2260 code of a local unit's division; null for central ministries' units.</summary>
    public string? RegionCode { get; set; }

    /// <summary>
    /// Two-digit code of the State Council department whose system the unit belongs to (ministries,
    /// their units, vertically managed systems); it becomes the 'bm' + 2 digits of a 网站标识码.
    /// </summary>
    public string? DepartmentCode { get; set; }

    public ManagementMode ManagementMode { get; set; }

    public string ContactName { get; set; } = "";

    public string ContactPhone { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>
    /// 停用: the unit stays in the tree with its websites and history, but no account of it or of any
    /// unit below it can sign in, and nothing new is created under it.
    /// </summary>
    public bool IsDisabled { get; set; }

    /// <summary>Optimistic-concurrency version: 1 when created, +1 at every change.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    string? IAuditable.AuditOrganizationPath => Path;
}
