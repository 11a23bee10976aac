using Pucha.Core.Validation;

namespace Pucha.Core.Websites;

/// <summary>
/// Validates 政府网站基本信息表 (渝府办发〔2015〕52号 附件3 and 《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号） 附件4): every field is required; '无' is
/// accepted only where a site can truly have none (手机 of 负责人/联系人, 公安机关备案号), see
/// docs/decisions.md. One Chinese message per field key (the <see cref="Website"/> property name).
/// 网站标识码 is not checked: it is issued by the platform, never entered.
/// </summary>
public static class WebsiteValidator
{
    /// <summary>The word the forms use for "there is none".</summary>
    public const string None = "无";

    /// <summary>
    /// Checks <paramref name="website"/> as the unit would submit it. <paramref name="today"/> bounds
    /// 填报日期; <paramref name="require2018Fields"/> false validates a 2015 form (no 主办单位, 网站类型, 公安机关备案号).
    /// </summary>
    public static FieldErrors Validate(Website website, DateOnly today, bool require2018Fields = true)
    {
        ArgumentNullException.ThrowIfNull(website);
        var errors = new FieldErrors();

        Text(errors, nameof(Website.DepartmentOrRegion), website.DepartmentOrRegion, WebsiteLimits.LongText);
        Text(errors, nameof(Website.Name), website.Name, WebsiteLimits.LongText);
        if (Text(errors, nameof(Website.IcpNumber), website.IcpNumber, WebsiteLimits.ShortText)
            && !RecordNumbers.IsIcpNumber(website.IcpNumber.Trim()))
        {
            errors.Add(nameof(Website.IcpNumber), "ICP备案编号格式不正确，应为省份简称+ICP备+数字+号，例如“京ICP备05060933号”；没有单独备案号的子站请填写主站的备案号。");
        }

        if (Required(errors, nameof(Website.HomepageUrl), website.HomepageUrl, allowNone: false)
            && HomepageUrls.Check(website.HomepageUrl) is { } urlError)
        {
            errors.Add(nameof(Website.HomepageUrl), $"首页网址不正确：{urlError}");
        }

        Text(errors, nameof(Website.SupervisingUnit), website.SupervisingUnit, WebsiteLimits.LongText);
        Text(errors, nameof(Website.OfficeAddress), website.OfficeAddress, WebsiteLimits.LongText);

        Text(errors, nameof(Website.ManagerName), website.ManagerName, WebsiteLimits.ShortText);
        Text(errors, nameof(Website.ManagerTitle), website.ManagerTitle, WebsiteLimits.ShortText);
        OfficePhone(errors, nameof(Website.ManagerOfficePhone), website.ManagerOfficePhone);
        Mobile(errors, nameof(Website.ManagerMobile), website.ManagerMobile);
        Email(errors, nameof(Website.ManagerEmail), website.ManagerEmail);

        Text(errors, nameof(Website.ContactName), website.ContactName, WebsiteLimits.ShortText);
        OfficePhone(errors, nameof(Website.ContactOfficePhone), website.ContactOfficePhone);
        Mobile(errors, nameof(Website.ContactMobile), website.ContactMobile);
        Email(errors, nameof(Website.ContactEmail), website.ContactEmail);

        Text(errors, nameof(Website.SignatoryHead), website.SignatoryHead, WebsiteLimits.ShortText);
        Text(errors, nameof(Website.SignatoryReviewer), website.SignatoryReviewer, WebsiteLimits.ShortText);
        Text(errors, nameof(Website.SignatoryFiller), website.SignatoryFiller, WebsiteLimits.ShortText);
        if (Required(errors, nameof(Website.SignatoryPhone), website.SignatoryPhone, allowNone: false))
        {
            var phone = website.SignatoryPhone.Trim();
            if (!ContactFormats.IsOfficePhone(phone) && !ContactFormats.IsMobile(phone))
            {
                errors.Add(nameof(Website.SignatoryPhone), "联系电话格式不正确：请填写带区号的办公电话（如023-89016950）或手机号码（如13800138000）。");
            }
        }

        if (website.FilledOn is not { } filledOn)
        {
            errors.Add(nameof(Website.FilledOn), "填报日期不能为空。");
        }
        else if (filledOn > today)
        {
            errors.Add(nameof(Website.FilledOn), "填报日期不能晚于今天。");
        }

        if (require2018Fields)
        {
            Text(errors, nameof(Website.Sponsor), website.Sponsor, WebsiteLimits.LongText);
            if (website.WebsiteType is not { } type || !Enum.IsDefined(type))
            {
                errors.Add(nameof(Website.WebsiteType), "请选择网站类型：政府门户网站、部门网站或专项网站。");
            }

            if (Required(errors, nameof(Website.PublicSecurityRecordNumber), website.PublicSecurityRecordNumber, allowNone: true)
                && !IsNone(website.PublicSecurityRecordNumber)
                && !RecordNumbers.IsPublicSecurityRecordNumber(website.PublicSecurityRecordNumber.Trim()))
            {
                errors.Add(nameof(Website.PublicSecurityRecordNumber), "公安机关备案号格式不正确，应为省份简称+公网安备+数字，例如“京公网安备11010502000001号”；确无备案号请填写“无”。");
            }
        }

        return errors;
    }

    /// <summary>True when a cell says '无' (surrounding spaces ignored).</summary>
    public static bool IsNone(string? value) => value is not null && value.Trim() == None;

    // Required free text: not empty, not '无', bounded, no control characters.
    private static bool Text(FieldErrors errors, string field, string? value, int maxLength)
    {
        if (!Required(errors, field, value, allowNone: false))
        {
            return false;
        }

        var trimmed = value!.Trim();
        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"{Label(field)}不能超过{maxLength}个字符。");
            return false;
        }

        if (trimmed.Any(char.IsControl))
        {
            errors.Add(field, $"{Label(field)}中不能包含换行符或控制字符。");
            return false;
        }

        return true;
    }

    // Empty is never accepted; '无' only where allowNone. Returns true when the value should be checked further.
    private static bool Required(FieldErrors errors, string field, string? value, bool allowNone)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, allowNone
                ? $"{Label(field)}不能为空，如确实没有请填写“无”。"
                : $"{Label(field)}不能为空。");
            return false;
        }

        if (!allowNone && IsNone(value))
        {
            errors.Add(field, $"{Label(field)}必须如实填写，不能填写“无”。");
            return false;
        }

        return true;
    }

    private static void OfficePhone(FieldErrors errors, string field, string? value)
    {
        if (Required(errors, field, value, allowNone: false) && !ContactFormats.IsOfficePhone(value!.Trim()))
        {
            errors.Add(field, $"{Label(field)}格式不正确：请填写带区号的办公电话，区号与号码用“-”连接，例如023-89016950、0731-8888888，分机号可写在最后（023-89016950-123）。");
        }
    }

    private static void Mobile(FieldErrors errors, string field, string? value)
    {
        if (Required(errors, field, value, allowNone: true) && !IsNone(value) && !ContactFormats.IsMobile(value!.Trim()))
        {
            errors.Add(field, $"{Label(field)}格式不正确：请填写11位手机号码，例如13800138000；确无手机请填写“无”。");
        }
    }

    private static void Email(FieldErrors errors, string field, string? value)
    {
        if (Required(errors, field, value, allowNone: false) && !ContactFormats.IsEmail(value!.Trim()))
        {
            errors.Add(field, $"{Label(field)}格式不正确，例如 wzb@beijing.gov.cn。");
        }
    }

    private static string Label(string field) => WebsiteLabels.Fields[field];
}
