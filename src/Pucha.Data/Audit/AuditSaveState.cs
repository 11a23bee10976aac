using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Pucha.Core.Audit;

namespace Pucha.Data.Audit;

/// <summary>What the audit interceptor remembers between "saving" and "saved" of one SaveChanges.</summary>
internal sealed class AuditSaveState
{
    /// <summary>Entries whose audit line is written after the save (added ones need their generated key).</summary>
    public List<(EntityEntry Entry, AuditAction Action, string? Changes)> Items { get; } = [];

    /// <summary>The transaction the interceptor opened so changes and their log commit together; null when the caller had one.</summary>
    public IDbContextTransaction? OwnedTransaction { get; set; }

    /// <summary>True while the interceptor saves the audit lines themselves.</summary>
    public bool WritingAudit { get; set; }
}
