using Pucha.Core.Websites;

namespace Pucha.Core.Census;

/// <summary>
/// The e-mail that tells a site's 负责人 and 联系人 its 网站标识码 and 校验码 (渝府办发〔2015〕52号 附件1 二(四)),
/// also sent again by 「标识码找回」.
/// </summary>
public static class SiteCodeNotification
{
    public static string Subject(Website website) => $"【政府网站普查】{Clip(website.Name)}的网站标识码和校验码";

    public static string Body(Website website, string checkCode, bool resent) =>
        $"""
        {Clip(website.ManagerName)}、{Clip(website.ContactName)}：

        您好！{(resent ? "根据“标识码找回”申请，现重新发送" : "贵单位填报的政府网站基本信息已审核通过，现发送")}该网站的网站标识码和校验码：

        网站名称：{Clip(website.Name)}
        首页网址：{Clip(website.HomepageUrl)}
        网站标识码：{website.SiteCode}
        校验码：{checkCode}

        网站标识码和校验码用于登录报送系统进行自查评分，请妥善保管，不要转告他人。如果忘记，可通过报送系统首页的“标识码找回”功能重新发送到本邮箱。

        此邮件由政府网站普查与监管平台自动发送，请勿直接回复。
        """;

    /// <summary>The distinct, non-empty addresses of the 负责人 and 联系人.</summary>
    public static IReadOnlyList<string> Recipients(Website website) =>
        new[] { website.ManagerEmail, website.ContactEmail }
            .Select(e => e.Trim())
            .Where(e => e.Length > 0 && e != "无" && e.Contains('@'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200];
}
