using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// Homepage snapshots (one row per snapshot slot), daily column checks, and alerts: subscriptions,
/// alerts unique per (site, kind, episode), and their deliveries unique per (alert, subscription).
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class WatchAndAlerts : Migration
{
    public const string Id = "20261123050000_WatchAndAlerts";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "HomepageSnapshots",
            columns: table => new
            {
                SiteId = table.Column<int>(nullable: false),
                ScheduledUtc = table.Column<DateTime>(nullable: false),
                TakenUtc = table.Column<DateTime>(nullable: false),
                Ok = table.Column<bool>(nullable: false),
                StatusCode = table.Column<int>(nullable: true),
                Items = table.Column<int>(nullable: false),
                DatedItems = table.Column<int>(nullable: false),
                NewItems = table.Column<int>(nullable: false),
                Error = table.Column<string>(maxLength: 200, nullable: true),
                CertificateNotAfterUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HomepageSnapshots", x => new { x.SiteId, x.ScheduledUtc });
                table.ForeignKey("FK_HomepageSnapshots_Websites_SiteId", x => x.SiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ColumnChecks",
            columns: table => new
            {
                ColumnId = table.Column<int>(nullable: false),
                CheckedOn = table.Column<DateOnly>(nullable: false),
                SiteId = table.Column<int>(nullable: false),
                CheckedUtc = table.Column<DateTime>(nullable: false),
                Ok = table.Column<bool>(nullable: false),
                ItemCount = table.Column<int>(nullable: false),
                NewestPublishedOn = table.Column<DateOnly>(nullable: true),
                Error = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ColumnChecks", x => new { x.ColumnId, x.CheckedOn });
                table.ForeignKey("FK_ColumnChecks_WebsiteColumns_ColumnId", x => x.ColumnId, "WebsiteColumns", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ColumnChecks_Websites_SiteId", x => x.SiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ColumnChecks_SiteId_CheckedOn", "ColumnChecks", ["SiteId", "CheckedOn"]);

        migrationBuilder.CreateTable(
            name: "AlertSubscriptions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).AsIdentity(),
                OrganizationId = table.Column<int>(nullable: true),
                ScopePath = table.Column<string>(maxLength: 400, nullable: false, collation: migrationBuilder.BinaryCollation()),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Channel = table.Column<int>(nullable: false),
                Target = table.Column<string>(maxLength: 1000, nullable: false),
                Secret = table.Column<string>(maxLength: 200, nullable: true),
                Kinds = table.Column<int>(nullable: false),
                QuietStartMinute = table.Column<int>(nullable: false),
                QuietEndMinute = table.Column<int>(nullable: false),
                Enabled = table.Column<bool>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AlertSubscriptions", x => x.Id);
                table.ForeignKey("FK_AlertSubscriptions_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AlertSubscriptions_OrganizationId", "AlertSubscriptions", "OrganizationId");

        migrationBuilder.CreateTable(
            name: "Alerts",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                SiteId = table.Column<int>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                EpisodeKey = table.Column<string>(maxLength: 100, nullable: false),
                RaisedUtc = table.Column<DateTime>(nullable: false),
                Subject = table.Column<string>(maxLength: 200, nullable: false),
                Body = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Alerts", x => x.Id);
                table.ForeignKey("FK_Alerts_Websites_SiteId", x => x.SiteId, "Websites", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Alerts_SiteId_Kind_EpisodeKey", "Alerts", ["SiteId", "Kind", "EpisodeKey"], unique: true);
        migrationBuilder.CreateIndex("IX_Alerts_RaisedUtc", "Alerts", "RaisedUtc");

        migrationBuilder.CreateTable(
            name: "AlertDeliveries",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).AsIdentity(),
                AlertId = table.Column<long>(nullable: false),
                SubscriptionId = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptUtc = table.Column<DateTime>(nullable: false),
                SentUtc = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AlertDeliveries", x => x.Id);
                table.ForeignKey("FK_AlertDeliveries_Alerts_AlertId", x => x.AlertId, "Alerts", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AlertDeliveries_AlertSubscriptions_SubscriptionId", x => x.SubscriptionId, "AlertSubscriptions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AlertDeliveries_AlertId_SubscriptionId", "AlertDeliveries", ["AlertId", "SubscriptionId"], unique: true);
        migrationBuilder.CreateIndex("IX_AlertDeliveries_Status_NextAttemptUtc", "AlertDeliveries", ["Status", "NextAttemptUtc"]);
        migrationBuilder.CreateIndex("IX_AlertDeliveries_SubscriptionId", "AlertDeliveries", "SubscriptionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("AlertDeliveries");
        migrationBuilder.DropTable("Alerts");
        migrationBuilder.DropTable("AlertSubscriptions");
        migrationBuilder.DropTable("ColumnChecks");
        migrationBuilder.DropTable("HomepageSnapshots");
    }
}
