namespace Pucha.Core.Websites;

/// <summary>网站类型 of the 2018 work report (seed 001 附件4 一.4).</summary>
public enum WebsiteType
{
    /// <summary>政府门户网站.</summary>
    Portal = 1,

    /// <summary>部门网站.</summary>
    Department = 2,

    /// <summary>专项网站.</summary>
    Special = 3,
}
