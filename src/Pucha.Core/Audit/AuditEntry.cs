namespace Pucha.Core.Audit;

/// <summary>One line of the audit log (操作日志). Written once, never changed.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When it happened, UTC.</summary>
    public DateTime OccurredAt { get; set; }

    public int? ActorUserId { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>Organization path of the actor's unit at the time; null for administrators and the system.</summary>
    public string? ActorOrganizationPath { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>CLR name of the affected entity type, e.g. Website; empty for log-ins.</summary>
    public string EntityType { get; set; } = "";

    /// <summary>Key of the affected entity as text.</summary>
    public string? EntityId { get; set; }

    /// <summary>Organization path of the affected entity, for viewing the log of a subtree.</summary>
    public string? OrganizationPath { get; set; }

    /// <summary>JSON object {"Field": {"old": …, "new": …}}; sensitive fields never appear. Null when nothing to show.</summary>
    public string? Changes { get; set; }

    /// <summary>Free text for actions without field changes (the user name tried at a failed log-in, a return reason).</summary>
    public string? Detail { get; set; }
}
