using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// The census workflow (渝府办发〔2015〕52号 附件1, 《关于开展第一次全国政府网站普查的通知》解读（国办发〔2015〕15号）): each website's review state and 校验码 hash, the
/// history of every review action, the per-prefix 网站标识码 counters, and the mail outbox.
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class Census : Migration
{
    public const string Id = "20261122100000_Census";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CensusReviews",
            columns: table => new
            {
                WebsiteId = table.Column<int>(nullable: false),
                Step = table.Column<int>(nullable: false),
                PendingOrganizationId = table.Column<int>(nullable: true),
                CheckCodeHash = table.Column<string>(maxLength: 200, nullable: true),
                CodeIssuedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CensusReviews", x => x.WebsiteId);
                table.ForeignKey("FK_CensusReviews_Websites_WebsiteId", x => x.WebsiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CensusReviews_PendingOrganizationId", "CensusReviews", "PendingOrganizationId");

        migrationBuilder.CreateTable(
            name: "CensusReviewHistory",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                WebsiteId = table.Column<int>(nullable: false),
                Action = table.Column<int>(nullable: false),
                FromState = table.Column<int>(nullable: false),
                ToState = table.Column<int>(nullable: false),
                ActorUserId = table.Column<int>(nullable: true),
                ActorName = table.Column<string>(maxLength: 100, nullable: false),
                ActorOrganizationId = table.Column<int>(nullable: false),
                Level = table.Column<int>(nullable: true),
                At = table.Column<DateTime>(nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CensusReviewHistory", x => x.Id);
                table.ForeignKey("FK_CensusReviewHistory_Websites_WebsiteId", x => x.WebsiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CensusReviewHistory_WebsiteId_Id", "CensusReviewHistory", ["WebsiteId", "Id"]);

        migrationBuilder.CreateTable(
            name: "SiteIdentifierCounters",
            columns: table => new
            {
                Prefix = table.Column<string>(maxLength: 6, nullable: false),
                LastSequence = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SiteIdentifierCounters", x => x.Prefix));

        migrationBuilder.CreateTable(
            name: "MailOutbox",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                To = table.Column<string>(maxLength: 1000, nullable: false),
                Subject = table.Column<string>(maxLength: 300, nullable: false),
                Body = table.Column<string>(nullable: false),
                EraseBodyWhenSent = table.Column<bool>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MailOutbox", x => x.Id));
        migrationBuilder.CreateIndex("IX_MailOutbox_Status_NextAttemptAt", "MailOutbox", ["Status", "NextAttemptAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MailOutbox");
        migrationBuilder.DropTable("SiteIdentifierCounters");
        migrationBuilder.DropTable("CensusReviewHistory");
        migrationBuilder.DropTable("CensusReviews");
    }
}
