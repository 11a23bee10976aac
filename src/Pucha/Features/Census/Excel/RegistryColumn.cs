namespace Pucha.Features.Census.Excel;

/// <summary>
/// One column of the 基本信息表 sheet: its field, the merged group header above it (负责人/联系人) or
/// null when the header spans both header rows, its header text as printed on the official form, and its width
/// in Excel character units (a Chinese character takes about two).
/// </summary>
public sealed record RegistryColumn(RegistryField Field, string? Group, string Header, double Width)
{
    /// <summary>1-based column number.</summary>
    public int Number => (int)Field + 1;

    /// <summary>Excel column letter(s).</summary>
    public string Letter => RegistryLayout.ColumnLetter(Number);

    /// <summary>How an error message names the column: "D列（首页网址）", "I列（负责人/办公电话）".</summary>
    public string Display => Group is null ? $"{Letter}列（{Header}）" : $"{Letter}列（{Group}/{Header}）";
}
