namespace Pucha.Census.Excel;

/// <summary>The fields of 政府网站基本信息表 (seed 000 附件3) and the 2018 additions (seed 001 附件4), in sheet order.</summary>
public enum RegistryField
{
    Region,
    SiteName,
    IcpNumber,
    HomepageUrl,
    SupervisingUnit,
    OfficeAddress,
    PrincipalName,
    PrincipalTitle,
    PrincipalOfficePhone,
    PrincipalMobile,
    PrincipalEmail,
    ContactName,
    ContactOfficePhone,
    ContactMobile,
    ContactEmail,
    SponsorUnit,
    SiteType,
    PoliceRecordNumber,
    SiteIdentifier,
}
