using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pucha.Data.Migrations;

/// <summary>
/// A probe shard window left by a gracefully stopped worker is marked released, so the next firing of the
/// shard on a surviving worker takes it over. Existing claims are windows that ran (null: not released).
/// </summary>
[DbContext(typeof(PuchaDbContext))]
[Migration(Id)]
public sealed class ProbeShardReleases : Migration
{
    public const string Id = "20261123100000_ProbeShardReleases";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>("ReleasedUtc", "ProbeShardClaims", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("ReleasedUtc", "ProbeShardClaims");
}
