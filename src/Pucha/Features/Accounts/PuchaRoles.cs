namespace Pucha.Features.Accounts;

/// <summary>The three roles of the platform, as stored in the sign-in cookie.</summary>
public static class PuchaRoles
{
    /// <summary>平台管理员: the whole tree.</summary>
    public const string PlatformAdministrator = "平台管理员";

    /// <summary>组织单位: its own unit and every unit below it.</summary>
    public const string Organizer = "组织单位";

    /// <summary>填报单位: its own unit's websites.</summary>
    public const string ReportingUnit = "填报单位";
}
