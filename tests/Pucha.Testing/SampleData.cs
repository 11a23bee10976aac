using Pucha.Core.Websites;

namespace Pucha.Testing;

/// <summary>Valid, fully filled registry rows for tests: change one field to test one rule.</summary>
public static class SampleData
{
    /// <summary>
    /// A website whose every 附件3 and 2018 field is valid (北京市 portal values from the examples of
    /// 渝府办发〔2015〕52号 附件3 and 国办函〔2018〕12号 附件4); <paramref name="n"/> makes the homepage unique.
    /// </summary>
    public static Website ValidWebsite(int n = 0, int organizationId = 0, string organizationPath = "/1/") => new()
    {
        OrganizationId = organizationId,
        OrganizationPath = organizationPath,
        RegionCode = "110000",
        DepartmentOrRegion = "北京市",
        Name = n == 0 ? "首都之窗" : $"首都之窗{n}",
        IcpNumber = "京ICP备05060933号",
        HomepageUrl = n == 0 ? "http://www.beijing.gov.cn" : $"http://site{n}.beijing.gov.cn",
        NormalizedHomepageUrl = n == 0 ? "http://www.beijing.gov.cn/" : $"http://site{n}.beijing.gov.cn/",
        SupervisingUnit = "北京市人民政府办公厅",
        OfficeAddress = "北京市通州区运河东大街57号",
        ManagerName = "张伟",
        ManagerTitle = "处长",
        ManagerOfficePhone = "010-12345678",
        ManagerMobile = "13800138000",
        ManagerEmail = "zhangwei@beijing.gov.cn",
        ContactName = "王芳",
        ContactOfficePhone = "010-87654321-123",
        ContactMobile = "+86 13900139000",
        ContactEmail = "wangfang@beijing.gov.cn",
        SignatoryHead = "李强",
        SignatoryReviewer = "刘洋",
        SignatoryFiller = "王芳",
        SignatoryPhone = "010-87654321",
        FilledOn = new DateOnly(2018, 3, 1),
        Sponsor = "北京市人民政府办公厅",
        WebsiteType = WebsiteType.Portal,
        PublicSecurityRecordNumber = "京公网安备110105000722",
    };
}
