using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pucha.Core;
using Pucha.Core.Accounts;
using Pucha.Core.Audit;
using Pucha.Core.Columns;
using Pucha.Core.Organizations;
using Pucha.Core.Regions;
using Pucha.Core.Websites;
using Pucha.Data.Audit;
using Pucha.Data.Infrastructure;
using Pucha.Data.Mail;

namespace Pucha.Data;

/// <summary>
/// The platform's database. Works the same on SQLite and PostgreSQL; every save stamps times,
/// bumps concurrency versions and writes the audit log (see <see cref="SaveChangesHook"/>).
/// </summary>
public sealed class PuchaDbContext(
    DbContextOptions<PuchaDbContext> options,
    IAuditActor? auditActor = null,
    TimeProvider? clock = null,
    OutboxBodyCipher? outboxCipher = null) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();

    public DbSet<Website> Websites => Set<Website>();

    public DbSet<WebsiteColumn> WebsiteColumns => Set<WebsiteColumn>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Who the audit log names for changes saved through this context.</summary>
    public IAuditActor AuditActor { get; set; } = auditActor ?? SystemAuditActor.Instance;

    /// <summary>The clock of CreatedAt/UpdatedAt and the audit log.</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>
    /// Seals every outbox body written through this context and opens it for the sender. Without one,
    /// adding mail to the outbox fails: a body is never stored in clear.
    /// </summary>
    public OutboxBodyCipher? OutboxCipher { get; } = outboxCipher;

    /// <summary>The database behind this context.</summary>
    public DatabaseProvider Provider => Database.IsNpgsql() ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    /// <summary>While true, entity changes are not audited (the caller writes its own entry).</summary>
    internal bool AuditSuppressed { get; set; }

    /// <summary>Set by the audit interceptor while it stores its own entries.</summary>
    internal AuditSaveState? PendingAudit { get; set; }

    /// <summary>
    /// Adds an audit entry for an action that is not a plain entity change (登录, 登录失败, 重置密码, 退回 …),
    /// naming <see cref="AuditActor"/>; it is stored by the next SaveChanges.
    /// </summary>
    public AuditEntry AddAuditEntry(AuditAction action, string entityType = "", string? entityId = null,
        string? organizationPath = null, string? detail = null)
    {
        var entry = new AuditEntry
        {
            OccurredAt = Clock.GetUtcNow().UtcDateTime,
            ActorUserId = AuditActor.UserId,
            ActorName = Truncate(AuditActor.Name, 100),
            ActorOrganizationPath = AuditActor.OrganizationPath,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            OrganizationPath = organizationPath,
            Detail = detail is null ? null : Truncate(detail, AuditLimits.MaxDetailLength),
        };
        AuditEntries.Add(entry);
        return entry;
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        optionsBuilder.AddInterceptors(SaveChangesHook.Instance, SqlitePragmaInterceptor.Instance);

        // Migrations are hand-written and ship without a model snapshot; the schema is proven equal
        // to the model by tests on both databases instead (tests/Pucha.Data.Tests/Migrations).
        optionsBuilder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PuchaDbContext).Assembly);

        if (Database.IsNpgsql())
        {
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
            {
                if (property.FindAnnotation(PropertyBuilderExtensions.BinaryCollationAnnotation)?.Value is true)
                {
                    property.SetCollation(PuchaSchema.PostgresBinaryCollation);
                }
            }
        }
    }

    /// <summary>
    /// Timestamps (<see cref="ITimestamped"/>), the concurrency version (<see cref="IVersioned"/>), normalized copies and
    /// sealed outbox bodies are set here and nowhere else; <see cref="SaveChangesHook"/> calls it before every save,
    /// before it reads the changes for the audit log.
    /// </summary>
    internal void StampChanges()
    {
        ChangeTracker.DetectChanges();
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
                continue;
            var added = entry.State == EntityState.Added;

            if (entry.Entity is ITimestamped stamped)
            {
                if (added)
                    stamped.CreatedAt = now;
                stamped.UpdatedAt = now;
            }

            if (entry.Entity is IVersioned versioned)
            {
                // The UPDATE matches the version loaded (or the one the caller set as original): a concurrent edit touches no row.
                versioned.Version = added ? 1 : entry.Property(nameof(IVersioned.Version)).OriginalValue is int loaded ? loaded + 1 : versioned.Version + 1;
            }

            switch (entry.Entity)
            {
                case Website website:
                    NormalizeHomepage(website);
                    break;
                case UserAccount account:
                    account.NormalizedUserName = UserAccount.Normalize(account.UserName);
                    break;
                case OutboxMessage message when added && !OutboxBodyCipher.IsSealed(message.Body):
                    message.Body = (OutboxCipher ?? throw new InvalidOperationException(
                        "未配置发件箱密钥，邮件正文不能写入发件箱（Mail:Outbox:KeyFile / Mail:Outbox:Key）。")).Seal(message.Body, message.To);
                    break;
            }
        }
    }

    // The uniqueness rule compares normalized addresses; keeping the copy in step here means no caller can forget it.
    // An invalid address (only possible when the caller skipped WebsiteValidator) keeps the caller's value.
    private static void NormalizeHomepage(Website website)
    {
        if (HomepageUrls.IsValid(website.HomepageUrl))
        {
            website.NormalizedHomepageUrl = HomepageUrls.Normalize(website.HomepageUrl);
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
