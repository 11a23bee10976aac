namespace Pucha.Core.Audit;

/// <summary>An entity whose additions, changes and deletions are written to the audit log.</summary>
public interface IAuditable
{
    /// <summary>
    /// Organization path ("/1/7/42/") the entity belongs to, so organizers can view the log of their
    /// subtree; null when the entity belongs to no unit (e.g. a platform administrator's account).
    /// </summary>
    string? AuditOrganizationPath { get; }
}
