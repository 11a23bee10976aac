using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// Continuous monitoring: homepage visits (one row per scheduled slot), their daily roll-ups, and
/// the dated items seen on homepages. Quartz's own tables are not here: its job store provisions
/// them when a clustered worker starts (see src/Pucha/Features/Monitoring/MonitoringServiceCollectionExtensions.cs).
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class Monitoring : Migration
{
    public const string Id = "20261122110000_Monitoring";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProbeVisits",
            columns: table => new
            {
                SiteId = table.Column<int>(nullable: false),
                ScheduledUtc = table.Column<DateTime>(nullable: false),
                StartedUtc = table.Column<DateTime>(nullable: false),
                ElapsedMs = table.Column<int>(nullable: false),
                Ok = table.Column<bool>(nullable: false),
                StatusCode = table.Column<int>(nullable: true),
                Reason = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProbeVisits", x => new { x.SiteId, x.ScheduledUtc });
                table.ForeignKey("FK_ProbeVisits_Websites_SiteId", x => x.SiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ProbeDays",
            columns: table => new
            {
                SiteId = table.Column<int>(nullable: false),
                Day = table.Column<DateOnly>(nullable: false),
                Visits = table.Column<int>(nullable: false),
                Failures = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProbeDays", x => new { x.SiteId, x.Day });
                table.ForeignKey("FK_ProbeDays_Websites_SiteId", x => x.SiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "HomepageSightings",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                SiteId = table.Column<int>(nullable: false),
                ItemHash = table.Column<string>(maxLength: 32, fixedLength: true, nullable: false),
                Url = table.Column<string>(maxLength: 2000, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                PublishedOn = table.Column<DateOnly>(nullable: true),
                FirstSeenUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HomepageSightings", x => x.Id);
                table.ForeignKey("FK_HomepageSightings_Websites_SiteId", x => x.SiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_HomepageSightings_SiteId_ItemHash", "HomepageSightings", ["SiteId", "ItemHash"], unique: true);
        migrationBuilder.CreateIndex("IX_HomepageSightings_SiteId_FirstSeenUtc", "HomepageSightings", ["SiteId", "FirstSeenUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("HomepageSightings");
        migrationBuilder.DropTable("ProbeDays");
        migrationBuilder.DropTable("ProbeVisits");
    }
}
