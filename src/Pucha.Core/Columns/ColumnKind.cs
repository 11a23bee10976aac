namespace Pucha.Core.Columns;

/// <summary>One row of 附件4: the column (system) kinds, grouped by category. Stored as its number.</summary>
public enum ColumnKind
{
    /// <summary>信息公开类 · 机构设置及职能.</summary>
    OrganizationAndFunctions = 1,

    /// <summary>信息公开类 · 工作动态.</summary>
    WorkNews = 2,

    /// <summary>信息公开类 · 通知公告.</summary>
    Notices = 3,

    /// <summary>信息公开类 · 政策文件.</summary>
    PolicyDocuments = 4,

    /// <summary>信息公开类 · 规划计划.</summary>
    Plans = 5,

    /// <summary>信息公开类 · 人事信息.</summary>
    Personnel = 6,

    /// <summary>信息公开类 · 其他.</summary>
    DisclosureOther = 7,

    /// <summary>互动回应类 · 政务咨询类栏目.</summary>
    Consultation = 8,

    /// <summary>互动回应类 · 调查征集类栏目.</summary>
    SurveyCollection = 9,

    /// <summary>互动回应类 · 互动访谈类栏目.</summary>
    Interview = 10,

    /// <summary>互动回应类 · 其他.</summary>
    InteractionOther = 11,

    /// <summary>办事服务类 · 办事指南类栏目.</summary>
    ServiceGuide = 12,

    /// <summary>办事服务类 · 在线（申报、查询）系统.</summary>
    OnlineSystem = 13,

    /// <summary>办事服务类 · 其他.</summary>
    ServiceOther = 14,
}
