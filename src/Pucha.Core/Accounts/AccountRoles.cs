namespace Pucha.Core.Accounts;

/// <summary>Chinese labels of <see cref="AccountRole"/>.</summary>
public static class AccountRoles
{
    public static string Label(AccountRole role) => role switch
    {
        AccountRole.PlatformAdministrator => "平台管理员",
        AccountRole.Organizer => "组织单位",
        AccountRole.ReportingUnit => "填报单位",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
