using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pucha.Core.Audit;
using Pucha.Core.Columns;
using Pucha.Data.Audit;

namespace Pucha.Data;

/// <summary>
/// The one save-time hook of <see cref="PuchaDbContext"/>. Before every save it stamps timestamps, concurrency versions,
/// normalized copies and sealed outbox bodies (<see cref="PuchaDbContext.StampChanges"/>); then it writes an audit
/// line (新增/修改/删除) for every added, modified or deleted <see cref="IAuditable"/> entity, with old and new values (sensitive properties never), in the same transaction as the
/// change: if the caller has no transaction one is opened here and committed after the log is saved.
/// Lines of added entities are written after the save, when their generated keys are known.
/// </summary>
public sealed class SaveChangesHook : SaveChangesInterceptor
{
    public static SaveChangesHook Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not PuchaDbContext context)
            return result;
        context.StampChanges();
        if (AuditsThisSave(context))
        {
            var state = Capture(context);
            if (state is not null && context.Database.CurrentTransaction is null)
            {
                state.OwnedTransaction = context.Database.BeginTransaction();
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not PuchaDbContext context)
            return result;
        context.StampChanges();
        if (AuditsThisSave(context))
        {
            var state = Capture(context);
            if (state is not null && context.Database.CurrentTransaction is null)
            {
                state.OwnedTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is PuchaDbContext { PendingAudit: { WritingAudit: false } state } context)
        {
            try
            {
                AddEntries(context, state);
                state.WritingAudit = true;
                context.SaveChanges();
                state.OwnedTransaction?.Commit();
            }
            finally
            {
                Finish(context);
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PuchaDbContext { PendingAudit: { WritingAudit: false } state } context)
        {
            try
            {
                AddEntries(context, state);
                state.WritingAudit = true;
                await context.SaveChangesAsync(cancellationToken);
                if (state.OwnedTransaction is not null)
                {
                    await state.OwnedTransaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                Finish(context);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is PuchaDbContext { PendingAudit: { WritingAudit: false } } context)
        {
            Finish(context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    // Not while audit is suppressed, and not for the hook's own save of the audit lines.
    private static bool AuditsThisSave(PuchaDbContext context) =>
        !context.AuditSuppressed && context.PendingAudit is not { WritingAudit: true };

    // Old values must be read before the save accepts them; added entities are described afterwards.
    private static AuditSaveState? Capture(PuchaDbContext context)
    {
        context.ChangeTracker.DetectChanges();
        AuditSaveState? state = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is not IAuditable)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }

            var changes = entry.State == EntityState.Added ? null : AuditChanges.Describe(entry, entry.State);
            if (entry.State == EntityState.Modified && changes is null)
            {
                continue;
            }

            state ??= new AuditSaveState();
            state.Items.Add((entry, action.Value, changes));
        }

        context.PendingAudit = state;
        return state;
    }

    private static void AddEntries(PuchaDbContext context, AuditSaveState state)
    {
        var actor = context.AuditActor;
        var now = context.Clock.GetUtcNow().UtcDateTime;
        foreach (var (entry, action, captured) in state.Items)
        {
            var changes = action == AuditAction.Create ? AuditChanges.Describe(entry, EntityState.Added) : captured;
            context.AuditEntries.Add(new AuditEntry
            {
                OccurredAt = now,
                ActorUserId = actor.UserId,
                ActorName = actor.Name.Length <= 100 ? actor.Name : actor.Name[..100],
                ActorOrganizationPath = actor.OrganizationPath,
                Action = action,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = AuditChanges.KeyOf(entry),
                OrganizationPath = OrganizationPathOf(context, entry.Entity),
                Changes = changes,
            });
        }
    }

    private static string? OrganizationPathOf(PuchaDbContext context, object entity)
    {
        if (entity is WebsiteColumn { Website: null } column)
        {
            // The column's website is usually tracked; if not, one indexed lookup finds its path.
            var website = context.Websites.Local.FirstOrDefault(w => w.Id == column.WebsiteId);
            return website?.OrganizationPath
                ?? context.Websites.Where(w => w.Id == column.WebsiteId).Select(w => w.OrganizationPath).FirstOrDefault();
        }

        return ((IAuditable)entity).AuditOrganizationPath;
    }

    private static void Finish(PuchaDbContext context)
    {
        var state = context.PendingAudit;
        context.PendingAudit = null;
        if (state?.OwnedTransaction is { } transaction)
        {
            // Disposing a transaction that was not committed rolls it back.
            transaction.Dispose();
        }
    }
}
