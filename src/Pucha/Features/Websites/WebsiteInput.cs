using Pucha.Core.Columns;
using Pucha.Core.Websites;

namespace Pucha.Features.Websites;

/// <summary>
/// The fields of 政府网站基本信息表 (渝府办发〔2015〕52号 附件3, with the 2018 additions) as a form or a JSON body
/// gives them. The 网站标识码 and the census status are not here: the workflow sets them, never the unit.
/// </summary>
public sealed record WebsiteInput
{
    /// <summary>The unit that runs the site (填报单位); must lie in the caller's subtree.</summary>
    public int? OrganizationId { get; init; }

    /// <summary>Six-digit division code of a local site; empty for a State Council department's site.</summary>
    public string? RegionCode { get; init; }

    public string? DepartmentOrRegion { get; init; }
    public string? Name { get; init; }
    public string? IcpNumber { get; init; }
    public string? HomepageUrl { get; init; }
    public string? SupervisingUnit { get; init; }
    public string? OfficeAddress { get; init; }
    public string? ManagerName { get; init; }
    public string? ManagerTitle { get; init; }
    public string? ManagerOfficePhone { get; init; }
    public string? ManagerMobile { get; init; }
    public string? ManagerEmail { get; init; }
    public string? ContactName { get; init; }
    public string? ContactOfficePhone { get; init; }
    public string? ContactMobile { get; init; }
    public string? ContactEmail { get; init; }
    public string? SignatoryHead { get; init; }
    public string? SignatoryReviewer { get; init; }
    public string? SignatoryFiller { get; init; }
    public string? SignatoryPhone { get; init; }
    public DateOnly? FilledOn { get; init; }
    public string? Sponsor { get; init; }
    public WebsiteType? WebsiteType { get; init; }
    public string? PublicSecurityRecordNumber { get; init; }

    /// <summary>The <c>version</c> read before editing; required to update (409 when someone saved in between).</summary>
    public int? Version { get; init; }

    /// <summary>
    /// Optional 栏目（系统）基本信息表 rows, saved together with the site: every one of the fourteen kinds,
    /// names and addresses separated by '；', '无' where none. Absent: the columns stay as they are.
    /// </summary>
    public Dictionary<ColumnKind, ColumnCellsInput>? Columns { get; init; }

    /// <summary>Copies the form's fields onto the entity (trimmed); validation comes after.</summary>
    public void ApplyTo(Website site)
    {
        site.RegionCode = string.IsNullOrWhiteSpace(RegionCode) ? null : RegionCode.Trim();
        site.DepartmentOrRegion = Text(DepartmentOrRegion);
        site.Name = Text(Name);
        site.IcpNumber = Text(IcpNumber);
        site.HomepageUrl = Text(HomepageUrl);
        site.SupervisingUnit = Text(SupervisingUnit);
        site.OfficeAddress = Text(OfficeAddress);
        site.ManagerName = Text(ManagerName);
        site.ManagerTitle = Text(ManagerTitle);
        site.ManagerOfficePhone = Text(ManagerOfficePhone);
        site.ManagerMobile = Text(ManagerMobile);
        site.ManagerEmail = Text(ManagerEmail);
        site.ContactName = Text(ContactName);
        site.ContactOfficePhone = Text(ContactOfficePhone);
        site.ContactMobile = Text(ContactMobile);
        site.ContactEmail = Text(ContactEmail);
        site.SignatoryHead = Text(SignatoryHead);
        site.SignatoryReviewer = Text(SignatoryReviewer);
        site.SignatoryFiller = Text(SignatoryFiller);
        site.SignatoryPhone = Text(SignatoryPhone);
        site.FilledOn = FilledOn;
        site.Sponsor = Text(Sponsor);
        site.WebsiteType = WebsiteType;
        site.PublicSecurityRecordNumber = Text(PublicSecurityRecordNumber);
    }

    public static WebsiteInput From(Website site) => new()
    {
        OrganizationId = site.OrganizationId,
        RegionCode = site.RegionCode,
        DepartmentOrRegion = site.DepartmentOrRegion,
        Name = site.Name,
        IcpNumber = site.IcpNumber,
        HomepageUrl = site.HomepageUrl,
        SupervisingUnit = site.SupervisingUnit,
        OfficeAddress = site.OfficeAddress,
        ManagerName = site.ManagerName,
        ManagerTitle = site.ManagerTitle,
        ManagerOfficePhone = site.ManagerOfficePhone,
        ManagerMobile = site.ManagerMobile,
        ManagerEmail = site.ManagerEmail,
        ContactName = site.ContactName,
        ContactOfficePhone = site.ContactOfficePhone,
        ContactMobile = site.ContactMobile,
        ContactEmail = site.ContactEmail,
        SignatoryHead = site.SignatoryHead,
        SignatoryReviewer = site.SignatoryReviewer,
        SignatoryFiller = site.SignatoryFiller,
        SignatoryPhone = site.SignatoryPhone,
        FilledOn = site.FilledOn,
        Sponsor = site.Sponsor,
        WebsiteType = site.WebsiteType,
        PublicSecurityRecordNumber = site.PublicSecurityRecordNumber,
        Version = site.Version,
    };

    private static string Text(string? value) => value?.Trim() ?? "";
}

/// <summary>The two cells of one 附件4 row.</summary>
public sealed record ColumnCellsInput(string? Names, string? Addresses);
