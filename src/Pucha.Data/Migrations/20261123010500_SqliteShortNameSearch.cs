using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pucha.Core.Websites;

namespace Pucha.Data.Migrations;

/// <summary>
/// SQLite only: an index for 网站名称 searches of one or two characters (教育, 局), which the trigram
/// table of <see cref="SqliteWebsiteSearch"/> cannot serve and which otherwise scan every name.
/// <c>WebsiteNameGrams</c> holds, per site, each two-character piece of the name and its last
/// character alone (ASCII letters lower-cased, as LIKE ignores their case): a two-character term is
/// one key lookup, a one-character term the range of pieces that start with it. Triggers keep it in
/// step with the names; <c>GramPositions</c> (1 … the longest name) stands in for the loop a trigger
/// cannot write (SQLite allows no WITH inside triggers). PostgreSQL serves these from pg_trgm.
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class SqliteShortNameSearch : Migration
{
    public const string Id = "20261123010500_SqliteShortNameSearch";

    public const string Table = "WebsiteNameGrams";

    internal static readonly string[] Triggers = ["Websites_grams_insert", "Websites_grams_delete", "Websites_grams_update"];

    /// <summary>The trigger that indexes each new site's name; the bulk import drops it for its batch and re-creates it from here.</summary>
    internal static readonly string InsertTrigger = $"""
        CREATE TRIGGER "Websites_grams_insert" AFTER INSERT ON "Websites" BEGIN
            INSERT OR IGNORE INTO "WebsiteNameGrams" ("Gram", "WebsiteId") {Pieces("new")};
        END;
        """;

    // The pieces of the name of one Websites row (new or old inside a trigger, w in the back-fill).
    private static string Pieces(string row) =>
        $"""SELECT DISTINCT lower(substr({row}."Name", "N", 2)) AS "Gram", {row}."Id" AS "WebsiteId" FROM "GramPositions" WHERE "N" <= length({row}."Name")""";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != PuchaSchema.SqliteProvider)
        {
            return;
        }

        migrationBuilder.Sql("""CREATE TABLE "GramPositions" ("N" INTEGER NOT NULL PRIMARY KEY);""");
        migrationBuilder.Sql($"""
            INSERT INTO "GramPositions" ("N")
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {WebsiteLimits.LongText}) SELECT i FROM n;
            """);
        migrationBuilder.Sql("""
            CREATE TABLE "WebsiteNameGrams" (
                "Gram" TEXT NOT NULL,
                "WebsiteId" INTEGER NOT NULL,
                PRIMARY KEY ("Gram", "WebsiteId")
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql(InsertTrigger);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "Websites_grams_delete" AFTER DELETE ON "Websites" BEGIN
                DELETE FROM "WebsiteNameGrams" WHERE "WebsiteId" = old."Id" AND "Gram" IN (SELECT "Gram" FROM ({Pieces("old")}));
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "Websites_grams_update" AFTER UPDATE OF "Name" ON "Websites" BEGIN
                DELETE FROM "WebsiteNameGrams" WHERE "WebsiteId" = old."Id" AND "Gram" IN (SELECT "Gram" FROM ({Pieces("old")}));
                INSERT OR IGNORE INTO "WebsiteNameGrams" ("Gram", "WebsiteId") {Pieces("new")};
            END;
            """);
        migrationBuilder.Sql("""
            INSERT OR IGNORE INTO "WebsiteNameGrams" ("Gram", "WebsiteId")
            SELECT lower(substr(w."Name", p."N", 2)), w."Id" FROM "Websites" AS w JOIN "GramPositions" AS p ON p."N" <= length(w."Name");
            """);
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

        migrationBuilder.Sql("DROP TABLE IF EXISTS \"WebsiteNameGrams\";");
        migrationBuilder.Sql("DROP TABLE IF EXISTS \"GramPositions\";");
    }
}
