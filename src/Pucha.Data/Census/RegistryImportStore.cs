using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pucha.Core.Columns;
using Pucha.Data.Infrastructure;
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
        try
        {
            // Keys are taken first so the columns can name their website without a round trip per row.
            var ids = await ReserveIdsAsync(context, websites.Count, cancellationToken);
            var now = context.Clock.GetUtcNow().UtcDateTime;
            var columns = new List<WebsiteColumn>();
            for (var i = 0; i < websites.Count; i++)
            {
                var website = websites[i];
                website.Id = ids[i];
                website.CreatedAt = website.UpdatedAt = now;
                website.Version = 1;
                foreach (var column in website.Columns)
                {
                    column.WebsiteId = website.Id;
                    columns.Add(column);
                }
            }

            var sqlite = context.Provider == DatabaseProvider.Sqlite && websites.Count > 0;
            if (sqlite)
            {
                await SuspendSqliteSearchTriggersAsync(context, cancellationToken);
            }

            await BulkInsert.InsertAsync(context, websites, includeKey: true, cancellationToken);
            await BulkInsert.InsertAsync(context, columns, includeKey: false, cancellationToken);
            if (sqlite)
            {
                await IndexSqliteSearchAsync(context, ids[0], ids[^1], cancellationToken);
            }

            context.AddAuditEntry(AuditAction.Import, nameof(Website), null, importer.Path,
                $"导入政府网站基本信息表“{Clip(fileName)}”：{websites.Count}个网站");
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbException)
        {
            await transaction.RollbackAsync(cancellationToken);
            context.ChangeTracker.Clear();
            return ConflictMessage;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            context.ChangeTracker.Clear();
            return ConflictMessage;
        }
    }

    /// <summary>
    /// <paramref name="count"/> new website ids: from the identity sequence on PostgreSQL; on SQLite
    /// (whose transaction already holds the write lock) the numbers after both the largest id and
    /// AUTOINCREMENT's high-water mark, so no id is ever reused.
    /// </summary>
    private static async Task<int[]> ReserveIdsAsync(PuchaDbContext context, int count, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = context.Database.CurrentTransaction!.GetDbTransaction();
        var ids = new int[count];
        if (context.Provider == DatabaseProvider.PostgreSql)
        {
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('\"Websites\"', 'Id'))::int FROM generate_series(1, {count})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            for (var i = 0; i < count && await reader.ReadAsync(cancellationToken); i++)
            {
                ids[i] = reader.GetInt32(0);
            }

            return ids;
        }

        command.CommandText = """
            SELECT MAX(COALESCE((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'Websites'), 0),
                       COALESCE((SELECT MAX("Id") FROM "Websites"), 0))
            """;
        var last = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            ids[i] = last + 1 + i;
        }

        return ids;
    }

    // SQLite's search indexes (the trigram FTS table and the name pieces) are kept by per-row INSERT triggers; for a
    // batch they are dropped inside the import's transaction and the batch is indexed with one set-based statement
    // each, which yields the same rows. DDL is transactional in SQLite, and the transaction holds the write lock:
    // no other writer can insert a site while the triggers are away, readers keep seeing the schema with them, and
    // a failed import rolls the triggers back in with everything else.
    private static Task SuspendSqliteSearchTriggersAsync(PuchaDbContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(context, $"""
            DROP TRIGGER "{Migrations.SqliteWebsiteSearch.Triggers[0]}";
            DROP TRIGGER "{Migrations.SqliteShortNameSearch.Triggers[0]}";
            """, cancellationToken);

    private static Task IndexSqliteSearchAsync(PuchaDbContext context, int firstId, int lastId, CancellationToken cancellationToken) =>
        ExecuteAsync(context, $"""
            INSERT INTO "WebsiteSearch" (rowid, "Name", "NormalizedHomepageUrl")
                SELECT "Id", "Name", "NormalizedHomepageUrl" FROM "Websites" WHERE "Id" BETWEEN {firstId} AND {lastId};
            INSERT OR IGNORE INTO "WebsiteNameGrams" ("Gram", "WebsiteId")
                SELECT lower(substr(w."Name", p."N", 2)), w."Id" FROM "Websites" AS w JOIN "GramPositions" AS p ON p."N" <= length(w."Name")
                WHERE w."Id" BETWEEN {firstId} AND {lastId};
            {Migrations.SqliteWebsiteSearch.InsertTrigger}
            {Migrations.SqliteShortNameSearch.InsertTrigger}
            """, cancellationToken);

    private static async Task ExecuteAsync(PuchaDbContext context, string sql, CancellationToken cancellationToken)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandTimeout = PuchaDbContextOptions.CommandTimeoutSeconds;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200];
}
