namespace Pucha.Features.Census.Excel;

/// <summary>One problem found in an uploaded workbook: where (sheet, Excel row, column) and what, in Chinese.</summary>
public sealed record ImportError(string? Sheet, int? Row, string? Column, string Message)
{
    public static ImportError File(string message) => new(null, null, null, message);

    public override string ToString()
    {
        var where = new List<string>(3);
        if (Sheet is not null)
        {
            where.Add($"工作表“{Sheet}”");
        }

        if (Row is { } row)
        {
            where.Add($"第{row}行");
        }

        if (Column is not null)
        {
            where.Add(Column);
        }

        return where.Count == 0 ? Message : $"{string.Join(' ', where)}：{Message}";
    }
}
