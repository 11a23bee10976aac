namespace Pucha.Features.Census.Excel;

/// <summary>The Chinese messages for files that cannot be read at all.</summary>
public static class ImportMessages
{
    public const string NotWorkbook = "该文件不是Excel工作簿（.xlsx或.xls），请使用平台提供的导入模板填写后上传。";
    public const string Corrupt = "Excel文件已损坏，无法读取，请重新保存后上传。";
    public const string Encrypted = "Excel文件设置了打开密码（已加密），平台无法读取，请取消密码后重新上传。";
    public const string EncryptedOrCorrupt = "Excel文件已加密或已损坏，无法读取。如设置了打开密码，请取消密码后重新上传。";
    public const string ZipBomb = "Excel文件内容异常（解压后体积过大或压缩比异常），已拒绝读取。";
    public const string Empty = "文件为空。";

    public static string TooLarge(long limit) => $"文件超过大小限制（{limit / (1024 * 1024)} MB），请分批导入。";

    public static string TooManyRows(string sheet, int limit) => $"工作表“{sheet}”行数超过上限（{limit}行），请分批导入。";

    public static string CellTooLong(int limit) => $"单元格内容超过{limit}个字符。";

    public static string TooManySites(int limit) => $"一个文件最多导入{limit}个网站，请分批导入。";
}
