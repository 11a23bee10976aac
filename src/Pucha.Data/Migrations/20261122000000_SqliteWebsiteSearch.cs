using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// SQLite only: a trigram full-text index (FTS5, external content) over 网站名称 and the normalized
/// 首页网址, kept current by triggers, so "contains" search of three or more characters does not scan
/// 100,000 rows. PostgreSQL already has its pg_trgm GIN indexes (Census2015); nothing to do there.
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class SqliteWebsiteSearch : Migration
{
    public const string Id = "20261122000000_SqliteWebsiteSearch";

    public const string Table = "WebsiteSearch";

    internal static readonly string[] Triggers = ["Websites_search_insert", "Websites_search_delete", "Websites_search_update"];

    /// <summary>The trigger that indexes each new site; the bulk import drops it for its batch and re-creates it from here.</summary>
    internal const string InsertTrigger = """
        CREATE TRIGGER "Websites_search_insert" AFTER INSERT ON "Websites" BEGIN
            INSERT INTO "WebsiteSearch" (rowid, "Name", "NormalizedHomepageUrl") VALUES (new."Id", new."Name", new."NormalizedHomepageUrl");
        END;
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != PuchaSchema.SqliteProvider)
        {
            return;
        }

        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "WebsiteSearch" USING fts5("Name", "NormalizedHomepageUrl", content='Websites', content_rowid='Id', tokenize='trigram');
            """);
        migrationBuilder.Sql(InsertTrigger);
        migrationBuilder.Sql("""
            CREATE TRIGGER "Websites_search_delete" AFTER DELETE ON "Websites" BEGIN
                INSERT INTO "WebsiteSearch" ("WebsiteSearch", rowid, "Name", "NormalizedHomepageUrl") VALUES ('delete', old."Id", old."Name", old."NormalizedHomepageUrl");
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "Websites_search_update" AFTER UPDATE OF "Name", "NormalizedHomepageUrl" ON "Websites" BEGIN
                INSERT INTO "WebsiteSearch" ("WebsiteSearch", rowid, "Name", "NormalizedHomepageUrl") VALUES ('delete', old."Id", old."Name", old."NormalizedHomepageUrl");
                INSERT INTO "WebsiteSearch" (rowid, "Name", "NormalizedHomepageUrl") VALUES (new."Id", new."Name", new."NormalizedHomepageUrl");
            END;
            """);
        migrationBuilder.Sql("""INSERT INTO "WebsiteSearch" ("WebsiteSearch") VALUES ('rebuild');""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != PuchaSchema.SqliteProvider)
        {
            return;
        }

        foreach (var trigger in Triggers)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
        }

        migrationBuilder.Sql("DROP TABLE IF EXISTS \"WebsiteSearch\";");
    }
}
