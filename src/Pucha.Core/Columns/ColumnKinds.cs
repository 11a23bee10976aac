namespace Pucha.Core.Columns;

/// <summary>The 附件4 table as data: every kind in form order with its category and its label.</summary>
public static class ColumnKinds
{
    /// <summary>All fourteen kinds in the order of the form.</summary>
    public static IReadOnlyList<ColumnKind> All { get; } = Enum.GetValues<ColumnKind>();

    public static ColumnCategory CategoryOf(ColumnKind kind) => kind switch
    {
        <= ColumnKind.DisclosureOther => ColumnCategory.InformationDisclosure,
        <= ColumnKind.InteractionOther => ColumnCategory.InteractionResponse,
        _ => ColumnCategory.OnlineService,
    };

    /// <summary>The row title as printed in 附件4.</summary>
    public static string Label(ColumnKind kind) => kind switch
    {
        ColumnKind.OrganizationAndFunctions => "机构设置及职能",
        ColumnKind.WorkNews => "工作动态",
        ColumnKind.Notices => "通知公告",
        ColumnKind.PolicyDocuments => "政策文件",
        ColumnKind.Plans => "规划计划",
        ColumnKind.Personnel => "人事信息",
        ColumnKind.DisclosureOther => "其他",
        ColumnKind.Consultation => "政务咨询类栏目",
        ColumnKind.SurveyCollection => "调查征集类栏目",
        ColumnKind.Interview => "互动访谈类栏目",
        ColumnKind.InteractionOther => "其他",
        ColumnKind.ServiceGuide => "办事指南类栏目",
        ColumnKind.OnlineSystem => "在线（申报、查询）系统",
        ColumnKind.ServiceOther => "其他",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Label(ColumnCategory category) => category switch
    {
        ColumnCategory.InformationDisclosure => "信息公开类",
        ColumnCategory.InteractionResponse => "互动回应类",
        ColumnCategory.OnlineService => "办事服务类",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Label with its category, unambiguous for the three 其他 rows: 互动回应类·其他.</summary>
    public static string FullLabel(ColumnKind kind) => $"{Label(CategoryOf(kind))}·{Label(kind)}";
}
