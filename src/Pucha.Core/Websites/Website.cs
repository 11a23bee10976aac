using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Core.Columns;

namespace Pucha.Core.Websites;

/// <summary>
/// A government website's registration: every field of 政府网站基本信息表 (渝府办发〔2015〕52号 附件3) and the
/// 2018 additions (《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号） 附件4). Strings are empty until filled; <see cref="WebsiteValidator"/>
/// decides what is complete.
/// </summary>
public sealed class Website : IAuditable, IVersioned, ITimestamped
{
    public int Id { get; set; }

    /// <summary>The reporting unit (填报单位) that runs the site.</summary>
    public int OrganizationId { get; set; }

    /// <summary>Copy of the owning unit's path, so website lists filter a subtree with one indexed prefix query.</summary>
    public string OrganizationPath { get; set; } = "";

    /// <summary>Six-digit division code of a local site; null for a State Council department's sites.</summary>
    public string? RegionCode { get; set; }

    /// <summary>部门/地区: the full division name (湖南省长沙市天心区) or the ministry's name (海关总署).</summary>
    public string DepartmentOrRegion { get; set; } = "";

    /// <summary>网站名称, e.g. 首都之窗.</summary>
    public string Name { get; set; } = "";

    /// <summary>ICP备案编号, e.g. 京ICP备05060933号.</summary>
    public string IcpNumber { get; set; } = "";

    /// <summary>首页网址 as entered.</summary>
    public string HomepageUrl { get; set; } = "";

    /// <summary><see cref="HomepageUrls.Normalize"/> of <see cref="HomepageUrl"/>: unique across the registry.</summary>
    public string NormalizedHomepageUrl { get; set; } = "";

    /// <summary>网站主管单位: the department responsible for building and running the site.</summary>
    public string SupervisingUnit { get; set; } = "";

    /// <summary>办公地址 of the supervising unit.</summary>
    public string OfficeAddress { get; set; } = "";

    /// <summary>负责人 姓名.</summary>
    public string ManagerName { get; set; } = "";

    /// <summary>负责人 职务.</summary>
    public string ManagerTitle { get; set; } = "";

    /// <summary>负责人 办公电话 (with area code).</summary>
    public string ManagerOfficePhone { get; set; } = "";

    /// <summary>负责人 手机.</summary>
    public string ManagerMobile { get; set; } = "";

    /// <summary>负责人 电子邮箱.</summary>
    public string ManagerEmail { get; set; } = "";

    /// <summary>联系人 姓名.</summary>
    public string ContactName { get; set; } = "";

    /// <summary>联系人 办公电话 (with area code).</summary>
    public string ContactOfficePhone { get; set; } = "";

    /// <summary>联系人 手机.</summary>
    public string ContactMobile { get; set; } = "";

    /// <summary>联系人 电子邮箱.</summary>
    public string ContactEmail { get; set; } = "";

    /// <summary>单位负责人 of the signature block.</summary>
    public string SignatoryHead { get; set; } = "";

    /// <summary>审核人 of the signature block.</summary>
    public string SignatoryReviewer { get; set; } = "";

    /// <summary>填报人 of the signature block.</summary>
    public string SignatoryFiller { get; set; } = "";

    /// <summary>联系电话 of the signature block (office phone or mobile).</summary>
    public string SignatoryPhone { get; set; } = "";

    /// <summary>填报日期.</summary>
    public DateOnly? FilledOn { get; set; }

    /// <summary>主办单位 (2018), e.g. 北京市人民政府办公厅.</summary>
    public string Sponsor { get; set; } = "";

    /// <summary>网站类型 (2018); null until chosen (rows registered in 2015 lack it).</summary>
    public WebsiteType? WebsiteType { get; set; }

    /// <summary>公安机关备案号 (2018), e.g. 京公网安备110105000722.</summary>
    public string PublicSecurityRecordNumber { get; set; } = "";

    /// <summary>
    /// 网站标识码, issued by the census workflow after approval (1100000088, bm07000001); null until then,
    /// never entered by the unit. Unique where not null.
    /// </summary>
    public string? SiteCode { get; set; }

    public CensusStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token: incremented on every save; an update carrying an old value fails.</summary>
    public int Version { get; set; }

    public List<WebsiteColumn> Columns { get; set; } = [];

    string? IAuditable.AuditOrganizationPath => OrganizationPath;
}
