using Pucha.Core.Columns;

namespace Pucha.Core.Tests.Columns;

public sealed class ColumnCellsTests
{
    [Fact]
    public void Reads_one_column()
    {
        var result = ColumnCells.Parse(ColumnKind.WorkNews, "工作动态", "http://www.cq.gov.cn/gzdt/");
        Assert.Equal([new ColumnEntry("工作动态", "http://www.cq.gov.cn/gzdt/")], result.Entries);
    }

    [Theory]
    [InlineData("政务要闻；区县动态", "http://a.gov.cn/1/；http://a.gov.cn/2/")]
    [InlineData("政务要闻;区县动态", "http://a.gov.cn/1/;http://a.gov.cn/2/")]
    [InlineData(" 政务要闻 ； 区县动态 ", " http://a.gov.cn/1/ ;http://a.gov.cn/2/；")]
    public void Reads_several_columns_separated_by_semicolons(string names, string addresses)
    {
        var result = ColumnCells.Parse(ColumnKind.WorkNews, names, addresses);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal([new ColumnEntry("政务要闻", "http://a.gov.cn/1/"), new ColumnEntry("区县动态", "http://a.gov.cn/2/")], result.Entries);
    }

    [Fact]
    public void None_in_both_cells_means_no_column()
    {
        var result = ColumnCells.Parse(ColumnKind.Interview, "无", " 无 ");
        Assert.True(result.IsValid);
        Assert.Empty(result.Entries);
    }

    [Theory]
    [InlineData("", "", "“互动回应类·其他”的栏目（系统）名称和地址不能为空，如确实无此类栏目（系统），请填写“无”。")]
    [InlineData("", "http://a.gov.cn/", "“互动回应类·其他”的栏目（系统）名称不能为空")]
    [InlineData("留言板", " ", "“互动回应类·其他”的栏目（系统）地址不能为空")]
    [InlineData("无", "http://a.gov.cn/", "“互动回应类·其他”的名称填写了“无”，但地址不是“无”")]
    [InlineData("留言板", "无", "“互动回应类·其他”的栏目“留言板”没有填写地址")]
    [InlineData("留言板；民意征集", "http://a.gov.cn/", "“互动回应类·其他”填写了2个栏目名称、1个地址，数量不一致")]
    [InlineData("留言板", "http://a.gov.cn/1/；http://a.gov.cn/2/", "“互动回应类·其他”填写了1个栏目名称、2个地址，数量不一致")]
    [InlineData("留言板；；民意征集", "http://a.gov.cn/1/；http://a.gov.cn/2/；http://a.gov.cn/3/", "“互动回应类·其他”的栏目名称中有空项")]
    [InlineData("留言板", "a.gov.cn/ly", "“互动回应类·其他”第1个栏目“留言板”的地址“a.gov.cn/ly”不是有效网址：网址须以 http:// 或 https:// 开头")]
    [InlineData("留言板；民意征集", "http://a.gov.cn/1/；ftp://a.gov.cn/2/", "“互动回应类·其他”第2个栏目“民意征集”的地址“ftp://a.gov.cn/2/”不是有效网址")]
    public void Explains_each_mistake_in_Chinese(string names, string addresses, string message)
    {
        var result = ColumnCells.Parse(ColumnKind.InteractionOther, names, addresses);
        Assert.False(result.IsValid);
        Assert.StartsWith(message, result.Error);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Bounds_the_number_of_columns_of_one_kind()
    {
        var count = ColumnCells.MaxEntriesPerKind + 1;
        var names = string.Join("；", Enumerable.Range(0, count).Select(i => $"栏目{i}"));
        var urls = string.Join("；", Enumerable.Range(0, count).Select(i => $"http://a.gov.cn/{i}/"));
        Assert.Contains("最多填写100个", ColumnCells.Parse(ColumnKind.Notices, names, urls).Error);
    }

    [Fact]
    public void Formats_cells_for_export()
    {
        Assert.Equal(("无", "无"), ColumnCells.Format([]));
        Assert.Equal(("政务要闻；区县动态", "http://a.gov.cn/1/；http://a.gov.cn/2/"),
            ColumnCells.Format([new ColumnEntry("政务要闻", "http://a.gov.cn/1/"), new ColumnEntry("区县动态", "http://a.gov.cn/2/")]));
    }

    [Fact]
    public void The_form_has_the_rows_of_attachment_4()
    {
        Assert.Equal(14, ColumnKinds.All.Count);
        Assert.Equal(
            ["机构设置及职能", "工作动态", "通知公告", "政策文件", "规划计划", "人事信息", "其他"],
            ColumnKinds.All.Where(k => ColumnKinds.CategoryOf(k) == ColumnCategory.InformationDisclosure).Select(ColumnKinds.Label));
        Assert.Equal(
            ["政务咨询类栏目", "调查征集类栏目", "互动访谈类栏目", "其他"],
            ColumnKinds.All.Where(k => ColumnKinds.CategoryOf(k) == ColumnCategory.InteractionResponse).Select(ColumnKinds.Label));
        Assert.Equal(
            ["办事指南类栏目", "在线（申报、查询）系统", "其他"],
            ColumnKinds.All.Where(k => ColumnKinds.CategoryOf(k) == ColumnCategory.OnlineService).Select(ColumnKinds.Label));
    }
}
