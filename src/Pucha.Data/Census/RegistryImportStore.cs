using Microsoft.EntityFrameworkCore;
using Pucha.Core.Audit;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;

namespace Pucha.Data.Census;

/// <summary>
/// Saves a validated import: every website with its columns in one transaction and one 导入 audit
/// entry for the batch (a 10,000-site file is one act, not 10,000 edits). If the database refuses
/// anything — a homepage registered meanwhile by someone else, say — nothing is saved.
/// </summary>
public static class RegistryImportStore
{
    public const string ConflictMessage = "导入时发现首页网址已被登记（可能有人同时导入了相同的网站），本次未导入任何数据，请重新导入。";

    /// <summary>Returns null when saved, or the Chinese reason nothing was saved.</summary>
    public static async Task<string?> SaveAsync(
        PuchaDbContext context, Organization importer, IReadOnlyList<Website> websites, string fileName,
        CancellationToken cancellationToken = default)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var detect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        context.AuditSuppressed = true;
        try
        {
            context.Websites.AddRange(websites);
            context.AddAuditEntry(AuditAction.Import, nameof(Website), null, importer.Path,
                $"导入政府网站基本信息表“{Clip(fileName)}”：{websites.Count}个网站");
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            context.ChangeTracker.Clear();
            return ConflictMessage;
        }
        finally
        {
            context.AuditSuppressed = false;
            context.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200];
}
