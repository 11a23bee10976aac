using Pucha.Core.Websites;
using Pucha.Testing;

namespace Pucha.Core.Tests.Websites;

public sealed class WebsiteValidatorTests
{
    private static readonly DateOnly Today = new(2018, 3, 15);

    [Fact]
    public void A_fully_filled_form_is_valid()
    {
        var errors = WebsiteValidator.Validate(SampleData.ValidWebsite(), Today);
        Assert.True(errors.IsValid, string.Join("; ", errors.Errors.Select(e => $"{e.Key}: {e.Value}")));
    }

    private static readonly string[] RequiredFieldNames =
    [
        nameof(Website.DepartmentOrRegion), nameof(Website.Name), nameof(Website.IcpNumber), nameof(Website.HomepageUrl),
        nameof(Website.SupervisingUnit), nameof(Website.OfficeAddress), nameof(Website.ManagerName), nameof(Website.ManagerTitle),
        nameof(Website.ManagerOfficePhone), nameof(Website.ManagerMobile), nameof(Website.ManagerEmail), nameof(Website.ContactName),
        nameof(Website.ContactOfficePhone), nameof(Website.ContactMobile), nameof(Website.ContactEmail), nameof(Website.SignatoryHead),
        nameof(Website.SignatoryReviewer), nameof(Website.SignatoryFiller), nameof(Website.SignatoryPhone), nameof(Website.Sponsor),
        nameof(Website.PublicSecurityRecordNumber),
    ];

    public static TheoryData<string> RequiredFields => new(RequiredFieldNames);

    [Theory, MemberData(nameof(RequiredFields))]
    public void Every_field_is_required(string field)
    {
        var website = With(field, "  ");
        var errors = WebsiteValidator.Validate(website, Today);

        Assert.Equal(1, errors.Count);
        Assert.StartsWith($"{WebsiteLabels.Fields[field]}不能为空", errors[field]);
    }

    public static TheoryData<string> FieldsWhereNoneIsAllowed => new()
    {
        nameof(Website.ManagerMobile), nameof(Website.ContactMobile), nameof(Website.PublicSecurityRecordNumber),
    };

    [Theory, MemberData(nameof(FieldsWhereNoneIsAllowed))]
    public void None_is_accepted_where_a_site_can_truly_have_none(string field) =>
        Assert.True(WebsiteValidator.Validate(With(field, "无"), Today).IsValid);

    [Theory]
    [InlineData(nameof(Website.Name))]
    [InlineData(nameof(Website.HomepageUrl))]
    [InlineData(nameof(Website.SupervisingUnit))]
    [InlineData(nameof(Website.IcpNumber))]
    [InlineData(nameof(Website.ManagerOfficePhone))]
    [InlineData(nameof(Website.ContactEmail))]
    [InlineData(nameof(Website.Sponsor))]
    public void None_is_refused_where_every_site_has_a_value(string field)
    {
        var errors = WebsiteValidator.Validate(With(field, "无"), Today);
        Assert.Equal($"{WebsiteLabels.Fields[field]}必须如实填写，不能填写“无”。", errors[field]);
    }

    [Theory]
    [InlineData(nameof(Website.IcpNumber), "京ICP备05060933号-1", null)]
    [InlineData(nameof(Website.IcpNumber), "ICP备05060933号", "ICP备案编号格式不正确")]
    [InlineData(nameof(Website.HomepageUrl), "https://www.beijing.gov.cn/", null)]
    [InlineData(nameof(Website.HomepageUrl), "www.beijing.gov.cn", "首页网址不正确：网址须以 http:// 或 https:// 开头")]
    [InlineData(nameof(Website.HomepageUrl), "http://user:pw@www.beijing.gov.cn", "首页网址不正确：网址中不能包含用户名或密码。")]
    [InlineData(nameof(Website.ManagerOfficePhone), "0731-8888888", null)]
    [InlineData(nameof(Website.ManagerOfficePhone), "88888888", "负责人办公电话格式不正确")]
    [InlineData(nameof(Website.ContactOfficePhone), "023-89016950-123", null)]
    [InlineData(nameof(Website.ContactOfficePhone), "13800138000", "联系人办公电话格式不正确")]
    [InlineData(nameof(Website.ManagerMobile), "+8613800138000", null)]
    [InlineData(nameof(Website.ManagerMobile), "010-12345678", "负责人手机格式不正确")]
    [InlineData(nameof(Website.ContactMobile), "1380013800", "联系人手机格式不正确")]
    [InlineData(nameof(Website.ManagerEmail), "wzb@beijing.gov.cn", null)]
    [InlineData(nameof(Website.ManagerEmail), "wzb#beijing.gov.cn", "负责人电子邮箱格式不正确")]
    [InlineData(nameof(Website.ContactEmail), "wzb@", "联系人电子邮箱格式不正确")]
    [InlineData(nameof(Website.SignatoryPhone), "13800138000", null)]
    [InlineData(nameof(Website.SignatoryPhone), "023-89016950", null)]
    [InlineData(nameof(Website.SignatoryPhone), "12345", "联系电话格式不正确")]
    [InlineData(nameof(Website.PublicSecurityRecordNumber), "京公网安备11010502000001号", null)]
    [InlineData(nameof(Website.PublicSecurityRecordNumber), "京公网安备1101", "公安机关备案号格式不正确")]
    [InlineData(nameof(Website.Name), "首都之窗\n", null)]
    [InlineData(nameof(Website.Name), "首都\u0007之窗", "网站名称中不能包含换行符或控制字符。")]
    public void Checks_the_format_of_each_field(string field, string value, string? message)
    {
        var errors = WebsiteValidator.Validate(With(field, value), Today);
        if (message is null)
        {
            Assert.True(errors.IsValid, errors[field]);
        }
        else
        {
            Assert.Equal(1, errors.Count);
            Assert.StartsWith(message, errors[field]);
        }
    }

    [Fact]
    public void Text_longer_than_its_column_is_refused()
    {
        var errors = WebsiteValidator.Validate(With(nameof(Website.Name), new string('网', WebsiteLimits.LongText + 1)), Today);
        Assert.Equal("网站名称不能超过200个字符。", errors[nameof(Website.Name)]);
        Assert.True(WebsiteValidator.Validate(With(nameof(Website.Name), new string('网', WebsiteLimits.LongText)), Today).IsValid);
    }

    [Fact]
    public void The_filling_date_is_required_and_not_in_the_future()
    {
        var website = SampleData.ValidWebsite();
        website.FilledOn = null;
        Assert.Equal("填报日期不能为空。", WebsiteValidator.Validate(website, Today)[nameof(Website.FilledOn)]);

        website.FilledOn = Today.AddDays(1);
        Assert.Equal("填报日期不能晚于今天。", WebsiteValidator.Validate(website, Today)[nameof(Website.FilledOn)]);

        website.FilledOn = Today;
        Assert.True(WebsiteValidator.Validate(website, Today).IsValid);
    }

    [Fact]
    public void The_website_type_must_be_chosen()
    {
        var website = SampleData.ValidWebsite();
        website.WebsiteType = null;
        Assert.StartsWith("请选择网站类型", WebsiteValidator.Validate(website, Today)[nameof(Website.WebsiteType)]);

        website.WebsiteType = (WebsiteType)9;
        Assert.True(WebsiteValidator.Validate(website, Today).Has(nameof(Website.WebsiteType)));
    }

    [Fact]
    public void A_2015_form_does_not_need_the_2018_fields()
    {
        var website = SampleData.ValidWebsite();
        website.Sponsor = "";
        website.WebsiteType = null;
        website.PublicSecurityRecordNumber = "";

        Assert.True(WebsiteValidator.Validate(website, Today, require2018Fields: false).IsValid);
        Assert.Equal(3, WebsiteValidator.Validate(website, Today).Count);
    }

    [Fact]
    public void The_site_code_is_never_validated_as_input()
    {
        var website = SampleData.ValidWebsite();
        website.SiteCode = "anything";
        Assert.True(WebsiteValidator.Validate(website, Today).IsValid);
    }

    [Fact]
    public void Every_field_has_a_Chinese_label() =>
        Assert.All(RequiredFieldNames, field => Assert.True(WebsiteLabels.Fields.ContainsKey(field)));

    [Theory]
    [InlineData("1100000088", true)]
    [InlineData("bm07000001", true)]
    [InlineData("110000008", false)]
    [InlineData("BM07000001", false)]
    public void Site_codes_have_two_shapes(string code, bool wellFormed) => Assert.Equal(wellFormed, SiteCodes.IsWellFormed(code));

    private static Website With(string field, string value)
    {
        var website = SampleData.ValidWebsite();
        typeof(Website).GetProperty(field)!.SetValue(website, value);
        return website;
    }
}
