using Microsoft.EntityFrameworkCore;
using Pucha.Core.Regions;
using Pucha.Data.Infrastructure;
using Pucha.Data.Regions;
using Pucha.Testing;

namespace Pucha.Data.Tests.Regions;

public sealed class DivisionTests
{
    [Fact]
    public void The_build_ships_the_package_tables_as_six_digit_regions()
    {
        var regions = DivisionFiles.Read();

        Assert.Equal(31, regions.Count(r => r.Level == RegionLevel.Province));
        Assert.Equal(342, regions.Count(r => r.Level == RegionLevel.City));

        // 2,978 county rows less 东莞市, 中山市 and 儋州市, listed again under their own city code.
        var counties = regions.Count(r => r.Level == RegionLevel.County);
        Assert.Equal(2975, counties);
        Assert.All(regions, r => Assert.True(RegionCode.IsValid(r.Code), r.Code));
        Assert.All(regions, r => Assert.Equal(r.Level, RegionCode.LevelOf(r.Code)));
        Assert.Equal(regions.Count, regions.Select(r => r.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("430103", "湖南省长沙市天心区")]
    [InlineData("110101", "北京市东城区")]
    [InlineData("500229", "重庆市城口县")]
    [InlineData("419001", "河南省济源市")]
    [InlineData("441900", "广东省东莞市")]
    [InlineData("430000", "湖南省")]
    public void Full_names_skip_the_placeholders(string code, string fullName) =>
        Assert.Equal(fullName, DivisionFiles.Read().Single(r => r.Code == code).FullName);

    [Fact]
    public void Placeholders_are_marked_and_counties_point_at_them()
    {
        var regions = DivisionFiles.Read().ToDictionary(r => r.Code);
        Assert.True(regions["110100"].IsPlaceholder);
        Assert.True(regions["500200"].IsPlaceholder);
        Assert.True(regions["419000"].IsPlaceholder);
        Assert.False(regions["430100"].IsPlaceholder);
        Assert.Equal("110100", regions["110101"].ParentCode);
        Assert.Equal("110000", regions["110100"].ParentCode);
        Assert.Null(regions["110000"].ParentCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Reloading_repairs_a_changed_row_and_nothing_else(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await database.ExecuteSqlAsync("UPDATE \"Regions\" SET \"Name\" = '错误', \"FullName\" = '错误' WHERE \"Code\" = '430103'");

        await using var context = database.CreateContext();
        Assert.Equal(1, await DivisionLoader.LoadAsync(context));
        var region = await context.Regions.AsNoTracking().SingleAsync(r => r.Code == "430103");
        Assert.Equal("天心区", region.Name);
        Assert.Equal("湖南省长沙市天心区", region.FullName);
        Assert.Equal(DivisionFiles.Read().Count, await context.Regions.CountAsync());
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var error = Assert.Throws<FileNotFoundException>(() => DivisionFiles.Read(Path.Combine(Path.GetTempPath(), "no-such-divisions")));
        Assert.Contains("provinces.json", error.Message);
    }
}
