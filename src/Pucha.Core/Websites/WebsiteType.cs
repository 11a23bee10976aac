namespace Pucha.Core.Websites;

/// <summary>网站类型 of the 2018 work report (《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号） 附件4 一.4).</summary>
public enum WebsiteType
{
    /// <summary>政府门户网站.</summary>
    Portal = 1,

    /// <summary>部门网站.</summary>
    Department = 2,

    /// <summary>专项网站.</summary>
    Special = 3,
}
