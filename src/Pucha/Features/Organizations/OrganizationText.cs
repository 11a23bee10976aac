using Pucha.Core.Organizations;

namespace Pucha.Features.Organizations;

/// <summary>Chinese labels the unit pages need beyond <see cref="OrganizationKinds"/>.</summary>
public static class OrganizationText
{
    public static string Of(ManagementMode mode) => mode switch
    {
        ManagementMode.Vertical => "垂直管理",
        ManagementMode.Double => "双重管理",
        _ => "属地管理",
    };
}
