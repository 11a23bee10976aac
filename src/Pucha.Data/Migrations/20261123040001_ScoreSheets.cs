using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>Score sheets of sites in the platform: 自查, 检查 and 抽查, with their entries as JSON text.</summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class ScoreSheets : Migration
{
    public const string Id = "20261123040001_ScoreSheets";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var binary = migrationBuilder.BinaryCollation();
        migrationBuilder.CreateTable(
            name: "ScoreSheets",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                SiteId = table.Column<int>(nullable: false),
                OrganizationPath = table.Column<string>(maxLength: 400, nullable: false, collation: binary),
                Kind = table.Column<int>(nullable: false),
                ScorerOrganizationId = table.Column<int>(nullable: true),
                IndicatorSetId = table.Column<string>(maxLength: 64, nullable: false),
                AsOf = table.Column<DateOnly>(nullable: false),
                InspectionRunId = table.Column<long>(nullable: true),
                Status = table.Column<int>(nullable: false),
                EntriesJson = table.Column<string>(nullable: false),
                Deducted = table.Column<decimal>(precision: 9, scale: 3, nullable: true),
                Bonus = table.Column<decimal>(precision: 9, scale: 3, nullable: true),
                Total = table.Column<decimal>(precision: 9, scale: 3, nullable: true),
                Qualified = table.Column<bool>(nullable: false),
                Verdict = table.Column<string>(maxLength: 300, nullable: false),
                VetoNames = table.Column<string>(maxLength: 300, nullable: false),
                CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 100, nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                SubmittedBy = table.Column<string>(maxLength: 100, nullable: true),
                SubmittedUtc = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ScoreSheets", x => x.Id);
                table.ForeignKey("FK_ScoreSheets_Websites_SiteId", x => x.SiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ScoreSheets_Organizations_ScorerOrganizationId", x => x.ScorerOrganizationId, "Organizations", "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ScoreSheets_InspectionRuns_InspectionRunId", x => x.InspectionRunId, "InspectionRuns", "Id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ScoreSheets_SiteId_Kind_CreatedUtc", "ScoreSheets", ["SiteId", "Kind", "CreatedUtc"]);
        migrationBuilder.CreateIndex("IX_ScoreSheets_OrganizationPath", "ScoreSheets", "OrganizationPath");
        migrationBuilder.CreateIndex("IX_ScoreSheets_ScorerOrganizationId", "ScoreSheets", "ScorerOrganizationId");
        migrationBuilder.CreateIndex("IX_ScoreSheets_InspectionRunId", "ScoreSheets", "InspectionRunId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ScoreSheets");
}
