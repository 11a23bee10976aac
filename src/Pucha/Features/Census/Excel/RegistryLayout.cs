using System.Collections.Frozen;
using Pucha.Core.Columns;

namespace Pucha.Features.Census.Excel;

/// <summary>
/// Where everything sits in the census registry workbook: sheet names, header texts and positions,
/// the 附件4 rows, the signature block and the template-version marker. The writer and the reader
/// both work from this one description, so a file the platform writes always reads back.
/// </summary>
public static class RegistryLayout
{
    public const string BasicSheet = "政府网站基本信息表";
    public const string ColumnsSheet = "政府网站栏目（系统）基本信息表";
    public const string InstructionsSheet = "填写说明";

    /// <summary>A very hidden sheet whose A1 holds <see cref="TemplateMarker"/>: tells our template from an older or foreign one.</summary>
    public const string MarkerSheet = "PuchaTemplate";

    /// <summary>Raise the number whenever a header, a column or a row of 附件4 changes.</summary>
    public const string TemplateMarker = "pucha-census-registry-v1";

    public const string Title = "政府网站基本信息表";
    public const string FillingUnitLabel = "填表单位（盖章）：";

    public const int TitleRow = 1;
    public const int FillingUnitRow = 2;
    public const int GroupHeaderRow = 3;
    public const int HeaderRow = 4;
    public const int FirstDataRow = 5;

    /// <summary>Blank bordered rows in the downloadable template.</summary>
    public const int TemplateBlankRows = 100;

    public const string PrincipalGroup = "负责人";
    public const string ContactGroup = "联系人";

    public static readonly IReadOnlyList<RegistryColumn> Columns =
    [
        new(RegistryField.DepartmentOrRegion, null, "部门/地区", 20),
        new(RegistryField.Name, null, "网站名称", 22),
        new(RegistryField.IcpNumber, null, "ICP备案编号", 20),
        new(RegistryField.HomepageUrl, null, "首页网址", 30),
        new(RegistryField.SupervisingUnit, null, "网站主管单位", 24),
        new(RegistryField.OfficeAddress, null, "办公地址", 28),
        new(RegistryField.ManagerName, PrincipalGroup, "姓名", 10),
        new(RegistryField.ManagerTitle, PrincipalGroup, "职务", 12),
        new(RegistryField.ManagerOfficePhone, PrincipalGroup, "办公电话", 16),
        new(RegistryField.ManagerMobile, PrincipalGroup, "手机", 14),
        new(RegistryField.ManagerEmail, PrincipalGroup, "电子邮箱", 24),
        new(RegistryField.ContactName, ContactGroup, "姓名", 10),
        new(RegistryField.ContactOfficePhone, ContactGroup, "办公电话", 16),
        new(RegistryField.ContactMobile, ContactGroup, "手机", 14),
        new(RegistryField.ContactEmail, ContactGroup, "电子邮箱", 24),
        new(RegistryField.Sponsor, null, "主办单位", 24),
        new(RegistryField.WebsiteType, null, "网站类型", 14),
        new(RegistryField.PublicSecurityRecordNumber, null, "公安机关备案号", 24),
        new(RegistryField.SiteCode, null, "网站标识码", 14),
    ];

    public static int ColumnCount => Columns.Count;

    /// <summary>网站类型's choices (《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号） 附件4 一.4).</summary>
    public static readonly IReadOnlyList<string> SiteTypes = ["政府门户网站", "部门网站", "专项网站"];

    /// <summary>The signature block under the table (渝府办发〔2015〕52号 附件3), label and 1-based column.</summary>
    public static readonly IReadOnlyList<(string Label, int Column)> Signatures =
    [
        ("单位负责人：", 1), ("审核人：", 4), ("填报人：", 7), ("联系电话：", 10), ("填报日期：", 13),
    ];

    public const string SignatureFirstLabel = "单位负责人：";

    // --- 政府网站栏目（系统）基本信息表 ---
    public const string ColumnsTitle = "政府网站栏目（系统）基本信息表";
    public const string BlockLabel = "首页网址";
    public const string CategoryHeader = "内容类别";
    public const string NameHeader = "栏目（系统）名称";
    public const string AddressHeader = "栏目（系统）地址";

    /// <summary>Rows of one site's block: the 首页网址 row, the header row, then one row per <see cref="ColumnKinds"/>.</summary>
    public static int BlockRows => 2 + ColumnKinds.Count;

    /// <summary>The fourteen rows of 附件4, in form order (the platform's <see cref="Core.Columns.ColumnKinds"/>).</summary>
    public static IReadOnlyList<ColumnKind> ColumnKinds => Core.Columns.ColumnKinds.All;

    /// <summary>The row title of a kind, as printed in 附件4.</summary>
    public static string KindLabel(ColumnKind kind) => Core.Columns.ColumnKinds.Label(kind);

    /// <summary>The 内容类别 of a kind: 信息公开类, 互动回应类, 办事服务类.</summary>
    public static string CategoryLabel(ColumnKind kind) => Core.Columns.ColumnKinds.Label(Core.Columns.ColumnKinds.CategoryOf(kind));

    public static readonly FrozenDictionary<RegistryField, RegistryColumn> ByField =
        Columns.ToFrozenDictionary(c => c.Field);

    /// <summary>"A", "B", …, "Z", "AA", … for a 1-based column number.</summary>
    public static string ColumnLetter(int number)
    {
        var letters = "";
        while (number > 0)
        {
            var remainder = (number - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            number = (number - 1) / 26;
        }

        return letters;
    }

    /// <summary>Header comparison ignores spaces (the printed form spaces out「其 他」).</summary>
    public static bool SameLabel(string? actual, string expected) =>
        string.Equals(actual, expected, StringComparison.Ordinal)
        || string.Equals(Squeeze(actual), Squeeze(expected), StringComparison.Ordinal);

    private static string Squeeze(string? text) =>
        text is null ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000'));
}
