using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>Census campaigns (普查/检查活动): the four phases' dates and the per-level deadlines.</summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class Campaigns : Migration
{
    public const string Id = "20261123020000_Campaigns";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var binary = migrationBuilder.BinaryCollation();
        migrationBuilder.CreateTable(
            name: "Campaigns",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AsIdentity(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                OrganizerId = table.Column<int>(nullable: false),
                OrganizerPath = table.Column<string>(maxLength: 400, nullable: false, collation: binary),
                SurveyStart = table.Column<DateOnly>(nullable: false),
                SurveyEnd = table.Column<DateOnly>(nullable: false),
                RectificationStart = table.Column<DateOnly>(nullable: false),
                RectificationEnd = table.Column<DateOnly>(nullable: false),
                SpotCheckStart = table.Column<DateOnly>(nullable: false),
                SpotCheckEnd = table.Column<DateOnly>(nullable: false),
                BulletinStart = table.Column<DateOnly>(nullable: false),
                BulletinEnd = table.Column<DateOnly>(nullable: false),
                SubmissionDeadline = table.Column<DateOnly>(nullable: false),
                CountyReviewDeadline = table.Column<DateOnly>(nullable: false),
                CityReviewDeadline = table.Column<DateOnly>(nullable: false),
                ProvinceReviewDeadline = table.Column<DateOnly>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Campaigns", x => x.Id);
                table.ForeignKey("FK_Campaigns_Organizations_OrganizerId", x => x.OrganizerId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Campaigns_OrganizerId", "Campaigns", "OrganizerId");
        migrationBuilder.CreateIndex("IX_Campaigns_OrganizerPath", "Campaigns", "OrganizerPath");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Campaigns");
}
