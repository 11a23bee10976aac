using Pucha.Core.Columns;

namespace Pucha.Core.Tests.Columns;

public sealed class ColumnFormValidatorTests
{
    [Fact]
    public void A_complete_form_yields_its_columns_in_order()
    {
        var cells = ColumnKinds.All.ToDictionary(k => k, _ => ((string?)"无", (string?)"无"));
        cells[ColumnKind.WorkNews] = ("政务要闻；区县动态", "http://a.gov.cn/1/；http://a.gov.cn/2/");
        cells[ColumnKind.Consultation] = ("市长信箱", "http://a.gov.cn/szxx/");

        var (errors, columns) = ColumnFormValidator.Validate(cells);

        Assert.True(errors.IsValid);
        Assert.Equal(
            [(ColumnKind.WorkNews, "政务要闻"), (ColumnKind.WorkNews, "区县动态"), (ColumnKind.Consultation, "市长信箱")],
            columns.Select(c => (c.Kind, c.Entry.Name)));
    }

    [Fact]
    public void Every_row_must_be_filled_and_nothing_is_returned_otherwise()
    {
        var cells = ColumnKinds.All.ToDictionary(k => k, _ => ((string?)"无", (string?)"无"));
        cells.Remove(ColumnKind.Personnel);
        cells[ColumnKind.WorkNews] = ("政务要闻", "不是网址");

        var (errors, columns) = ColumnFormValidator.Validate(cells);

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("“信息公开类·人事信息”的栏目（系统）名称和地址不能为空", errors[nameof(ColumnKind.Personnel)]);
        Assert.Contains("不是有效网址", errors[nameof(ColumnKind.WorkNews)]);
        Assert.Empty(columns);
    }
}
