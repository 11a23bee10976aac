namespace Pucha.Core.Accounts;

/// <summary>What an account may do (《关于开展第一次全国政府网站普查的通知》解读（国办发〔2015〕15号）: 组织单位 and 填报单位 accounts, issued top-down).</summary>
public enum AccountRole
{
    /// <summary>平台管理员: runs the platform, sees everything.</summary>
    PlatformAdministrator = 1,

    /// <summary>组织单位: an organizer's account, works on its organization's subtree.</summary>
    Organizer = 2,

    /// <summary>填报单位: a reporting unit's account, works on its own websites.</summary>
    ReportingUnit = 3,
}
