namespace Pucha.Features.Census.Excel;

public enum ExcelFileKind
{
    /// <summary>Office Open XML workbook (Excel 2007 and later).</summary>
    Xlsx,

    /// <summary>Excel 97-2003 binary workbook (BIFF8 in a compound file).</summary>
    Xls,
}
