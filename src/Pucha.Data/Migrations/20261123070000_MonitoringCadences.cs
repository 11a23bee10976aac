using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// Monitoring cadence per campaign (defaults for its sites while it runs) and per site (overrides):
/// visits, homepage snapshots and column checks a day; null inherits.
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class MonitoringCadences : Migration
{
    public const string Id = "20261123070000_MonitoringCadences";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("ProbesPerDay", "Campaigns", nullable: true);
        migrationBuilder.AddColumn<int>("SnapshotsPerDay", "Campaigns", nullable: true);
        migrationBuilder.AddColumn<int>("ColumnChecksPerDay", "Campaigns", nullable: true);

        migrationBuilder.CreateTable(
            name: "SiteCadences",
            columns: table => new
            {
                WebsiteId = table.Column<int>(nullable: false),
                ProbesPerDay = table.Column<int>(nullable: true),
                SnapshotsPerDay = table.Column<int>(nullable: true),
                ColumnChecksPerDay = table.Column<int>(nullable: true),
                OrganizationPath = table.Column<string>(maxLength: 400, nullable: false, collation: migrationBuilder.BinaryCollation()),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SiteCadences", x => x.WebsiteId);
                table.ForeignKey("FK_SiteCadences_Websites_WebsiteId", x => x.WebsiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SiteCadences");
        migrationBuilder.DropColumn("ColumnChecksPerDay", "Campaigns");
        migrationBuilder.DropColumn("SnapshotsPerDay", "Campaigns");
        migrationBuilder.DropColumn("ProbesPerDay", "Campaigns");
    }
}
