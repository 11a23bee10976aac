using Pucha.Core.Websites;

namespace Pucha.Features.Websites;

/// <summary>The 政府网站基本信息表 laid out in the groups of the official form (附件3).</summary>
public static class WebsiteFormFields
{
    public sealed record Field(string Name, string Label, int MaxLength, string InputType = "text", string? Hint = null);

    public sealed record Group(string Title, IReadOnlyList<Field> Fields);

    public static IReadOnlyList<Group> Groups { get; } =
    [
        new("基本信息",
        [
            new(nameof(Website.DepartmentOrRegion), "部门/地区", WebsiteLimits.LongText, Hint: "地方填写行政区划全称，如“湖南省长沙市天心区”；国务院部门填写部门名称"),
            new(nameof(Website.Name), "网站名称", WebsiteLimits.LongText, Hint: "网站的中文名称，如“首都之窗”"),
            new(nameof(Website.IcpNumber), "ICP备案编号", WebsiteLimits.ShortText, Hint: "如“京ICP备05060933号”；无单独备案的子站填写主站的编号"),
            new(nameof(Website.HomepageUrl), "首页网址", WebsiteLimits.Url, "url", "如 http://www.beijing.gov.cn"),
            new(nameof(Website.SupervisingUnit), "网站主管单位", WebsiteLimits.LongText),
            new(nameof(Website.OfficeAddress), "办公地址", WebsiteLimits.LongText),
            new(nameof(Website.Sponsor), "主办单位", WebsiteLimits.LongText),
            new(nameof(Website.PublicSecurityRecordNumber), "公安机关备案号", WebsiteLimits.ShortText, Hint: "如“京公网安备110105000722”"),
        ]),
        new("负责人",
        [
            new(nameof(Website.ManagerName), "姓名", WebsiteLimits.ShortText),
            new(nameof(Website.ManagerTitle), "职务", WebsiteLimits.ShortText),
            new(nameof(Website.ManagerOfficePhone), "办公电话", WebsiteLimits.ShortText, "tel", "含区号"),
            new(nameof(Website.ManagerMobile), "手机", WebsiteLimits.ShortText, "tel"),
            new(nameof(Website.ManagerEmail), "电子邮箱", WebsiteLimits.Email, "email"),
        ]),
        new("联系人",
        [
            new(nameof(Website.ContactName), "姓名", WebsiteLimits.ShortText),
            new(nameof(Website.ContactOfficePhone), "办公电话", WebsiteLimits.ShortText, "tel", "含区号"),
            new(nameof(Website.ContactMobile), "手机", WebsiteLimits.ShortText, "tel"),
            new(nameof(Website.ContactEmail), "电子邮箱", WebsiteLimits.Email, "email"),
        ]),
        new("签字栏",
        [
            new(nameof(Website.SignatoryHead), "单位负责人", WebsiteLimits.ShortText),
            new(nameof(Website.SignatoryReviewer), "审核人", WebsiteLimits.ShortText),
            new(nameof(Website.SignatoryFiller), "填报人", WebsiteLimits.ShortText),
            new(nameof(Website.SignatoryPhone), "联系电话", WebsiteLimits.ShortText, "tel"),
        ]),
    ];

    /// <summary>The value of a text field of the input by name (the form is generated from <see cref="Groups"/>).</summary>
    public static string? ValueOf(Pucha.Features.Websites.WebsiteInput input, string field) =>
        typeof(Pucha.Features.Websites.WebsiteInput).GetProperty(field)?.GetValue(input) as string;
}
