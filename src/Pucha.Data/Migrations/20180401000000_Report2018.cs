using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// The 2018 annual report (《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号） 附件4): 主办单位, 网站类型, 公安机关备案号 and the issued
/// 网站标识码 on websites; and the audit log.
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class Report2018 : Migration
{
    public const string Id = "20180401000000_Report2018";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var binary = migrationBuilder.BinaryCollation();

        // Existing rows get empty text and no type: the 2018 fields are filled in at the next report.
        migrationBuilder.AddColumn<string>("Sponsor", "Websites", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<int>("WebsiteType", "Websites", nullable: true);
        migrationBuilder.AddColumn<string>("PublicSecurityRecordNumber", "Websites", maxLength: 50, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("SiteCode", "Websites", maxLength: 10, nullable: true);
        migrationBuilder.CreateIndex("IX_Websites_SiteCode", "Websites", "SiteCode", unique: true, filter: "\"SiteCode\" IS NOT NULL");

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                OccurredAt = table.Column<DateTime>(nullable: false),
                ActorUserId = table.Column<int>(nullable: true),
                ActorName = table.Column<string>(maxLength: 100, nullable: false),
                ActorOrganizationPath = table.Column<string>(maxLength: 400, nullable: true, collation: binary),
                Action = table.Column<int>(nullable: false),
                EntityType = table.Column<string>(maxLength: 100, nullable: false),
                EntityId = table.Column<string>(maxLength: 50, nullable: true),
                OrganizationPath = table.Column<string>(maxLength: 400, nullable: true, collation: binary),
                Changes = table.Column<string>(nullable: true),
                Detail = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditEntries_OccurredAt", "AuditEntries", "OccurredAt");
        migrationBuilder.CreateIndex("IX_AuditEntries_OrganizationPath", "AuditEntries", "OrganizationPath");
        migrationBuilder.CreateIndex("IX_AuditEntries_EntityType_EntityId", "AuditEntries", ["EntityType", "EntityId"]);
        migrationBuilder.CreateIndex("IX_AuditEntries_ActorUserId", "AuditEntries", "ActorUserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("AuditEntries");
        migrationBuilder.DropIndex("IX_Websites_SiteCode", "Websites");
        migrationBuilder.DropColumn("SiteCode", "Websites");
        migrationBuilder.DropColumn("PublicSecurityRecordNumber", "Websites");
        migrationBuilder.DropColumn("WebsiteType", "Websites");
        migrationBuilder.DropColumn("Sponsor", "Websites");
    }
}
