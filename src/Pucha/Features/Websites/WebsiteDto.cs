using Pucha.Core.Columns;
using Pucha.Core.Websites;

namespace Pucha.Features.Websites;

/// <summary>A website as the API returns it: every 附件3 field, its status, and its 附件4 rows.</summary>
public sealed record WebsiteDto
{
    public int Id { get; init; }
    public int OrganizationId { get; init; }
    public string? RegionCode { get; init; }
    public string DepartmentOrRegion { get; init; } = "";
    public string Name { get; init; } = "";
    public string IcpNumber { get; init; } = "";
    public string HomepageUrl { get; init; } = "";
    public string SupervisingUnit { get; init; } = "";
    public string OfficeAddress { get; init; } = "";
    public string ManagerName { get; init; } = "";
    public string ManagerTitle { get; init; } = "";
    public string ManagerOfficePhone { get; init; } = "";
    public string ManagerMobile { get; init; } = "";
    public string ManagerEmail { get; init; } = "";
    public string ContactName { get; init; } = "";
    public string ContactOfficePhone { get; init; } = "";
    public string ContactMobile { get; init; } = "";
    public string ContactEmail { get; init; } = "";
    public string SignatoryHead { get; init; } = "";
    public string SignatoryReviewer { get; init; } = "";
    public string SignatoryFiller { get; init; } = "";
    public string SignatoryPhone { get; init; } = "";
    public DateOnly? FilledOn { get; init; }
    public string Sponsor { get; init; } = "";
    public WebsiteType? WebsiteType { get; init; }
    public string PublicSecurityRecordNumber { get; init; } = "";
    public string? SiteCode { get; init; }
    public CensusStatus Status { get; init; }
    public string StatusLabel { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public int Version { get; init; }

    /// <summary>The fourteen 附件4 rows, names and addresses joined with '；', '无' where none.</summary>
    public Dictionary<ColumnKind, ColumnCellsInput> Columns { get; init; } = [];

    public static WebsiteDto From(Website w) => new()
    {
        Id = w.Id,
        OrganizationId = w.OrganizationId,
        RegionCode = w.RegionCode,
        DepartmentOrRegion = w.DepartmentOrRegion,
        Name = w.Name,
        IcpNumber = w.IcpNumber,
        HomepageUrl = w.HomepageUrl,
        SupervisingUnit = w.SupervisingUnit,
        OfficeAddress = w.OfficeAddress,
        ManagerName = w.ManagerName,
        ManagerTitle = w.ManagerTitle,
        ManagerOfficePhone = w.ManagerOfficePhone,
        ManagerMobile = w.ManagerMobile,
        ManagerEmail = w.ManagerEmail,
        ContactName = w.ContactName,
        ContactOfficePhone = w.ContactOfficePhone,
        ContactMobile = w.ContactMobile,
        ContactEmail = w.ContactEmail,
        SignatoryHead = w.SignatoryHead,
        SignatoryReviewer = w.SignatoryReviewer,
        SignatoryFiller = w.SignatoryFiller,
        SignatoryPhone = w.SignatoryPhone,
        FilledOn = w.FilledOn,
        Sponsor = w.Sponsor,
        WebsiteType = w.WebsiteType,
        PublicSecurityRecordNumber = w.PublicSecurityRecordNumber,
        SiteCode = w.SiteCode,
        Status = w.Status,
        StatusLabel = WebsiteLabels.Of(w.Status),
        CreatedAt = w.CreatedAt,
        UpdatedAt = w.UpdatedAt,
        Version = w.Version,
        Columns = ColumnRows(w.Columns),
    };

    public static Dictionary<ColumnKind, ColumnCellsInput> ColumnRows(IEnumerable<WebsiteColumn> columns)
    {
        var byKind = columns.OrderBy(c => c.Position).ToLookup(c => c.Kind);
        return ColumnKinds.All.ToDictionary(kind => kind, kind =>
        {
            var (names, addresses) = ColumnCells.Format(byKind[kind].Select(c => new ColumnEntry(c.Name, c.Url)));
            return new ColumnCellsInput(names, addresses);
        });
    }
}
