using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// Units can be disabled (停用) and carry an optimistic-concurrency version, as websites do. Existing
/// units stay enabled, at version 1.
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class OrganizationStatus : Migration
{
    public const string Id = "20261123010000_OrganizationStatus";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("IsDisabled", "Organizations", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<int>("Version", "Organizations", nullable: false, defaultValue: 1);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("Version", "Organizations");
        migrationBuilder.DropColumn("IsDisabled", "Organizations");
    }
}
