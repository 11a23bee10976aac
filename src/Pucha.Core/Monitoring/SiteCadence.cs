using Pucha.Core.Audit;

namespace Pucha.Core.Monitoring;

/// <summary>A site's own monitoring cadence (持续监测频次), overriding its campaign's and the global one.</summary>
public sealed class SiteCadence : IAuditable
{
    public int WebsiteId { get; set; }

    public int? ProbesPerDay { get; set; }

    public int? SnapshotsPerDay { get; set; }

    public int? ColumnChecksPerDay { get; set; }

    /// <summary>Copy of the site's organization path, for the audit log's scope.</summary>
    public string OrganizationPath { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public CadenceSettings Settings => new(ProbesPerDay, SnapshotsPerDay, ColumnChecksPerDay);

    string? IAuditable.AuditOrganizationPath => OrganizationPath;
}
