namespace Pucha.Features.Census.Excel;

/// <summary>
/// One website as it stands in the workbook: the 基本信息表 values by <see cref="RegistryField"/> and its
/// 附件4 block (name and address per <see cref="RegistryLayout.ColumnKinds"/> row). Values are the
/// text of the cells, trimmed; validation happens elsewhere.
/// </summary>
public sealed class RegistryRecord
{
    public string[] Values { get; } = new string[RegistryLayout.ColumnCount];

    public string[] ColumnNames { get; } = new string[RegistryLayout.ColumnKinds.Count];

    public string[] ColumnAddresses { get; } = new string[RegistryLayout.ColumnKinds.Count];

    /// <summary>Excel row of this site in 基本信息表 (import only).</summary>
    public int Row { get; set; }

    /// <summary>Excel row of the block's 首页网址 row in 栏目表, or 0 when the file has no block for the site (import only).</summary>
    public int BlockRow { get; set; }

    public string this[RegistryField field]
    {
        get => Values[(int)field] ?? "";
        set => Values[(int)field] = value;
    }
}
