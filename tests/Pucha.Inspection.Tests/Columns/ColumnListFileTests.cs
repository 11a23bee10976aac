using Pucha.Inspection.Columns;

namespace Pucha.Inspection.Tests.Columns;

public sealed class ColumnListFileTests
{
    private static readonly Uri Home = new("http://www.mouxian.gov.cn/");

    [Fact]
    public void Columns_are_read_from_an_object_or_an_array()
    {
        var fromObject = ColumnListFile.Parse("""
            { "columns": [ { "category": "信息公开类", "kind": "通知公告", "name": "通知公告", "url": "/xxgk/tzgg/" },
                           { "category": "互动回应类", "kind": "政务咨询类", "name": "县长信箱", "url": "无" } ] }
            """, Home);
        var fromArray = ColumnListFile.Parse("""[ { "name": "工作动态", "url": "http://www.mouxian.gov.cn/xxgk/gzdt/" } ]""", Home);

        var notices = Assert.Single(fromObject);
        Assert.Equal(new ColumnDefinition("信息公开类", "通知公告", "通知公告", new Uri("http://www.mouxian.gov.cn/xxgk/tzgg/")), notices);
        Assert.Equal("工作动态", Assert.Single(fromArray).Name);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "other": [] }""")]
    [InlineData("""[ { "url": "/a/" } ]""")]
    [InlineData("""[ { "name": "动态", "url": "ftp://x/" } ]""")]
    [InlineData("""[ 42 ]""")]
    public void A_bad_table_is_refused_with_a_message(string json)
    {
        var error = Assert.Throws<FormatException>(() => ColumnListFile.Parse(json, Home));
        Assert.Contains("栏目表", error.Message);
    }
}
