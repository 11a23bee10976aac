namespace Pucha.Core.Audit;

/// <summary>The platform itself: start-up loading, scheduled jobs, command-line tools.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public static SystemAuditActor Instance { get; } = new();

    public int? UserId => null;

    public string Name => "系统";

    public string? OrganizationPath => null;
}
