namespace Pucha.Core.Audit;

/// <summary>Who is acting right now; the web layer provides it per request, background jobs use <see cref="SystemAuditActor"/>.</summary>
public interface IAuditActor
{
    /// <summary>Id of the signed-in account; null for the system itself or an anonymous visitor.</summary>
    int? UserId { get; }

    /// <summary>User name (or "系统") as it should appear in the log.</summary>
    string Name { get; }

    /// <summary>Organization path of the actor's unit; null for platform administrators and the system.</summary>
    string? OrganizationPath { get; }
}
