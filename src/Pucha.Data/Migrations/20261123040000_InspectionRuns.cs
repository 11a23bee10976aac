using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// Stored automated inspections: one row per run of the engine on a registered site, with its
/// findings and report as JSON text (TEXT on SQLite, text on PostgreSQL; both unbounded, the
/// platform bounds what it writes).
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class InspectionRuns : Migration
{
    public const string Id = "20261123040000_InspectionRuns";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "InspectionRuns",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                SiteId = table.Column<int>(nullable: false),
                Trigger = table.Column<int>(nullable: false),
                RequestedBy = table.Column<string>(maxLength: 100, nullable: false),
                Status = table.Column<int>(nullable: false),
                QueuedUtc = table.Column<DateTime>(nullable: false),
                StartedUtc = table.Column<DateTime>(nullable: true),
                FinishedUtc = table.Column<DateTime>(nullable: true),
                AsOf = table.Column<DateOnly>(nullable: false),
                HomepageReached = table.Column<bool>(nullable: false),
                Error = table.Column<string>(maxLength: 500, nullable: true),
                FindingCount = table.Column<int>(nullable: false),
                VetoCount = table.Column<int>(nullable: false),
                FindingsOmitted = table.Column<int>(nullable: false),
                Pages = table.Column<long>(nullable: false),
                Links = table.Column<long>(nullable: false),
                BrokenLinks = table.Column<long>(nullable: false),
                Bytes = table.Column<long>(nullable: false),
                Seconds = table.Column<double>(nullable: false),
                FindingsJson = table.Column<string>(nullable: false),
                ReportJson = table.Column<string>(nullable: true),
                ReportTrimmed = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InspectionRuns", x => x.Id);
                table.ForeignKey("FK_InspectionRuns_Websites_SiteId", x => x.SiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_InspectionRuns_SiteId_QueuedUtc", "InspectionRuns", ["SiteId", "QueuedUtc"]);
        migrationBuilder.CreateIndex("IX_InspectionRuns_Status_QueuedUtc", "InspectionRuns", ["Status", "QueuedUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("InspectionRuns");
}
