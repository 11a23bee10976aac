using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>One claim row per probe shard window, so a window fired twice is run by one worker only.</summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class ProbeShardClaims : Migration
{
    public const string Id = "20261123090000_ProbeShardClaims";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProbeShardClaims",
            columns: table => new
            {
                Shards = table.Column<int>(nullable: false),
                PeriodSeconds = table.Column<int>(nullable: false),
                Shard = table.Column<int>(nullable: false),
                WindowStartUtc = table.Column<DateTime>(nullable: false),
                ClaimedUtc = table.Column<DateTime>(nullable: false),
                Worker = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ProbeShardClaims", x => new { x.Shards, x.PeriodSeconds, x.Shard, x.WindowStartUtc }));
        migrationBuilder.CreateIndex("IX_ProbeShardClaims_WindowStartUtc", "ProbeShardClaims", "WindowStartUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ProbeShardClaims");
}
