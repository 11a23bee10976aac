namespace Pucha.Features.Census.Excel;

/// <summary>
/// The fields of 政府网站基本信息表 (seed 000 附件3) and the 2018 additions (seed 001 附件4), in sheet
/// order, named after the <see cref="Pucha.Core.Websites.Website"/> properties they fill.
/// </summary>
public enum RegistryField
{
    DepartmentOrRegion,
    Name,
    IcpNumber,
    HomepageUrl,
    SupervisingUnit,
    OfficeAddress,
    ManagerName,
    ManagerTitle,
    ManagerOfficePhone,
    ManagerMobile,
    ManagerEmail,
    ContactName,
    ContactOfficePhone,
    ContactMobile,
    ContactEmail,
    Sponsor,
    WebsiteType,
    PublicSecurityRecordNumber,
    SiteCode,
}
