using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// The 2015 census (渝府办发〔2015〕52号): divisions, the organization tree, accounts, websites with the
/// 附件3 fields and their columns (附件4). Column types come from the CLR types, so one migration
/// serves SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class Census2015 : Migration
{
    public const string Id = "20150408000000_Census2015";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var binary = migrationBuilder.BinaryCollation();

        migrationBuilder.CreateTable(
            name: "Regions",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 6, nullable: false),
                Name = table.Column<string>(maxLength: 50, nullable: false),
                FullName = table.Column<string>(maxLength: 100, nullable: false),
                Level = table.Column<int>(nullable: false),
                ParentCode = table.Column<string>(maxLength: 6, nullable: true),
                IsPlaceholder = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Regions", x => x.Code));
        migrationBuilder.CreateIndex("IX_Regions_ParentCode", "Regions", "ParentCode");

        migrationBuilder.CreateTable(
            name: "Organizations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AsIdentity(),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<int>(nullable: false),
                ParentId = table.Column<int>(nullable: true),
                Path = table.Column<string>(maxLength: 400, nullable: false, collation: binary),
                RegionCode = table.Column<string>(maxLength: 6, nullable: true),
                DepartmentCode = table.Column<string>(maxLength: 2, nullable: true),
                ManagementMode = table.Column<int>(nullable: false),
                ContactName = table.Column<string>(maxLength: 50, nullable: false),
                ContactPhone = table.Column<string>(maxLength: 50, nullable: false),
                ContactEmail = table.Column<string>(maxLength: 200, nullable: false),
                Address = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organizations", x => x.Id);
                table.ForeignKey("FK_Organizations_Organizations_ParentId", x => x.ParentId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Organizations_Path", "Organizations", "Path");
        migrationBuilder.CreateIndex("IX_Organizations_ParentId", "Organizations", "ParentId");
        migrationBuilder.CreateIndex("IX_Organizations_Kind_RegionCode", "Organizations", ["Kind", "RegionCode"]);
        migrationBuilder.CreateIndex("IX_Organizations_Kind_DepartmentCode", "Organizations", ["Kind", "DepartmentCode"]);

        migrationBuilder.CreateTable(
            name: "UserAccounts",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AsIdentity(),
                UserName = table.Column<string>(maxLength: 64, nullable: false),
                NormalizedUserName = table.Column<string>(maxLength: 64, nullable: false),
                DisplayName = table.Column<string>(maxLength: 100, nullable: false),
                Role = table.Column<int>(nullable: false),
                OrganizationId = table.Column<int>(nullable: true),
                OrganizationPath = table.Column<string>(maxLength: 400, nullable: true, collation: binary),
                PasswordHash = table.Column<string>(maxLength: 200, nullable: false),
                MustChangePassword = table.Column<bool>(nullable: false),
                FailedLoginCount = table.Column<int>(nullable: false),
                LockoutUntil = table.Column<DateTime>(nullable: true),
                LastLoginAt = table.Column<DateTime>(nullable: true),
                IsDisabled = table.Column<bool>(nullable: false),
                Email = table.Column<string>(maxLength: 200, nullable: false),
                Phone = table.Column<string>(maxLength: 50, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserAccounts", x => x.Id);
                table.ForeignKey("FK_UserAccounts_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_UserAccounts_NormalizedUserName", "UserAccounts", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("IX_UserAccounts_OrganizationId", "UserAccounts", "OrganizationId");
        migrationBuilder.CreateIndex("IX_UserAccounts_OrganizationPath", "UserAccounts", "OrganizationPath");

        migrationBuilder.CreateTable(
            name: "Websites",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AsIdentity(),
                OrganizationId = table.Column<int>(nullable: false),
                OrganizationPath = table.Column<string>(maxLength: 400, nullable: false, collation: binary),
                RegionCode = table.Column<string>(maxLength: 6, nullable: true),
                DepartmentOrRegion = table.Column<string>(maxLength: 200, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                IcpNumber = table.Column<string>(maxLength: 50, nullable: false),
                HomepageUrl = table.Column<string>(maxLength: 500, nullable: false),
                NormalizedHomepageUrl = table.Column<string>(maxLength: 500, nullable: false),
                SupervisingUnit = table.Column<string>(maxLength: 200, nullable: false),
                OfficeAddress = table.Column<string>(maxLength: 200, nullable: false),
                ManagerName = table.Column<string>(maxLength: 50, nullable: false),
                ManagerTitle = table.Column<string>(maxLength: 50, nullable: false),
                ManagerOfficePhone = table.Column<string>(maxLength: 50, nullable: false),
                ManagerMobile = table.Column<string>(maxLength: 50, nullable: false),
                ManagerEmail = table.Column<string>(maxLength: 254, nullable: false),
                ContactName = table.Column<string>(maxLength: 50, nullable: false),
                ContactOfficePhone = table.Column<string>(maxLength: 50, nullable: false),
                ContactMobile = table.Column<string>(maxLength: 50, nullable: false),
                ContactEmail = table.Column<string>(maxLength: 254, nullable: false),
                SignatoryHead = table.Column<string>(maxLength: 50, nullable: false),
                SignatoryReviewer = table.Column<string>(maxLength: 50, nullable: false),
                SignatoryFiller = table.Column<string>(maxLength: 50, nullable: false),
                SignatoryPhone = table.Column<string>(maxLength: 50, nullable: false),
                FilledOn = table.Column<DateOnly>(nullable: true),
                Status = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Websites", x => x.Id);
                table.ForeignKey("FK_Websites_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Websites_NormalizedHomepageUrl", "Websites", "NormalizedHomepageUrl", unique: true);
        migrationBuilder.CreateIndex("IX_Websites_OrganizationPath", "Websites", "OrganizationPath");
        migrationBuilder.CreateIndex("IX_Websites_OrganizationId", "Websites", "OrganizationId");
        migrationBuilder.CreateIndex("IX_Websites_RegionCode", "Websites", "RegionCode");
        migrationBuilder.CreateIndex("IX_Websites_Status", "Websites", "Status");
        migrationBuilder.CreateIndex("IX_Websites_Name", "Websites", "Name");

        if (migrationBuilder.IsNpgsql())
        {
            // Case-insensitive "contains" search (ILIKE '%…%') over 100,000 sites needs trigram
            // indexes on PostgreSQL; SQLite scans with LIKE, which is fast enough at that size.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_Websites_Name_trgm\" ON \"Websites\" USING gin (\"Name\" gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_Websites_NormalizedHomepageUrl_trgm\" ON \"Websites\" USING gin (\"NormalizedHomepageUrl\" gin_trgm_ops);");
        }

        migrationBuilder.CreateTable(
            name: "WebsiteColumns",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AsIdentity(),
                WebsiteId = table.Column<int>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Url = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WebsiteColumns", x => x.Id);
                table.ForeignKey("FK_WebsiteColumns_Websites_WebsiteId", x => x.WebsiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_WebsiteColumns_WebsiteId_Kind_Position", "WebsiteColumns", ["WebsiteId", "Kind", "Position"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("WebsiteColumns");
        migrationBuilder.DropTable("Websites");
        migrationBuilder.DropTable("UserAccounts");
        migrationBuilder.DropTable("Organizations");
        migrationBuilder.DropTable("Regions");
    }
}
