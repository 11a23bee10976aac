using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pucha.Core.Monitoring;

namespace Pucha.Data.Migrations;

/// <summary>
/// 首页仅为网站栏目导航入口 in the homepage snapshots: a sighting records the second-level page it was
/// read from (null: the homepage itself), and a snapshot whether the homepage was navigation-only and
/// how many second-level pages it read. Existing rows are homepage sightings of ordinary homepages.
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class SecondLevelSightings : Migration
{
    public const string Id = "20261123080000_SecondLevelSightings";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("SourceUrl", "HomepageSightings", maxLength: HomepageItem.MaxUrlLength, nullable: true);
        migrationBuilder.AddColumn<bool>("NavigationOnly", "HomepageSnapshots", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<int>("SecondLevelPages", "HomepageSnapshots", nullable: false, defaultValue: 0);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("SecondLevelPages", "HomepageSnapshots");
        migrationBuilder.DropColumn("NavigationOnly", "HomepageSnapshots");
        migrationBuilder.DropColumn("SourceUrl", "HomepageSightings");
    }
}
