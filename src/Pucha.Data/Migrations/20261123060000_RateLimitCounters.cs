using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>Fixed-window rate-limit counters shared by every web node (标识码找回, 自查 code checks).</summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class RateLimitCounters : Migration
{
    public const string Id = "20261123060000_RateLimitCounters";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "RateLimitCounters",
            columns: table => new
            {
                Scope = table.Column<string>(maxLength: 40, nullable: false),
                KeyHash = table.Column<string>(maxLength: 64, nullable: false),
                WindowStart = table.Column<long>(nullable: false),
                ExpiresAt = table.Column<long>(nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RateLimitCounters", x => new { x.Scope, x.KeyHash, x.WindowStart }));
        migrationBuilder.CreateIndex("IX_RateLimitCounters_ExpiresAt", "RateLimitCounters", "ExpiresAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("RateLimitCounters");
}
