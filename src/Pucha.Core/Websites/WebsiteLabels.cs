namespace Pucha.Core.Websites;

/// <summary>The official Chinese terms of the website enums and of every 附件3 field.</summary>
public static class WebsiteLabels
{
    public static string Of(WebsiteType type) => type switch
    {
        WebsiteType.Portal => "政府门户网站",
        WebsiteType.Department => "部门网站",
        WebsiteType.Special => "专项网站",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(CensusStatus status) => status switch
    {
        CensusStatus.NotSubmitted => "未提交",
        CensusStatus.PendingReview => "未审核",
        CensusStatus.Approved => "审核通过",
        CensusStatus.Returned => "退回",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Field key (property name of <see cref="Website"/>) → the form's column title.</summary>
    public static IReadOnlyDictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(Website.DepartmentOrRegion)] = "部门/地区",
        [nameof(Website.Name)] = "网站名称",
        [nameof(Website.IcpNumber)] = "ICP备案编号",
        [nameof(Website.HomepageUrl)] = "首页网址",
        [nameof(Website.SupervisingUnit)] = "网站主管单位",
        [nameof(Website.OfficeAddress)] = "办公地址",
        [nameof(Website.ManagerName)] = "负责人姓名",
        [nameof(Website.ManagerTitle)] = "负责人职务",
        [nameof(Website.ManagerOfficePhone)] = "负责人办公电话",
        [nameof(Website.ManagerMobile)] = "负责人手机",
        [nameof(Website.ManagerEmail)] = "负责人电子邮箱",
        [nameof(Website.ContactName)] = "联系人姓名",
        [nameof(Website.ContactOfficePhone)] = "联系人办公电话",
        [nameof(Website.ContactMobile)] = "联系人手机",
        [nameof(Website.ContactEmail)] = "联系人电子邮箱",
        [nameof(Website.SignatoryHead)] = "单位负责人",
        [nameof(Website.SignatoryReviewer)] = "审核人",
        [nameof(Website.SignatoryFiller)] = "填报人",
        [nameof(Website.SignatoryPhone)] = "联系电话",
        [nameof(Website.FilledOn)] = "填报日期",
        [nameof(Website.Sponsor)] = "主办单位",
        [nameof(Website.WebsiteType)] = "网站类型",
        [nameof(Website.PublicSecurityRecordNumber)] = "公安机关备案号",
        [nameof(Website.SiteCode)] = "网站标识码",
    };
}
