namespace Pucha.Features.Census.Excel;

/// <summary>
/// The fields of 政府网站基本信息表 (渝府办发〔2015〕52号 附件3) and the 2018 additions (《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号） 附件4), in sheet
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
