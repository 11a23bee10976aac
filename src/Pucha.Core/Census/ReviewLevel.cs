namespace Pucha.Core.Census;

/// <summary>
/// The level of an organizer in the review chain (《关于开展第一次全国政府网站普查的通知》解读（国办发〔2015〕15号）: 县级 → 市级 → 省级, or a State Council
/// department's office). Ordered from the bottom: a record climbs to higher values.
/// </summary>
public enum ReviewLevel
{
    /// <summary>县级政府办公室.</summary>
    County = 1,

    /// <summary>市级政府办公室.</summary>
    City = 2,

    /// <summary>省级政府办公厅 (also a province's vertically managed department): issues 网站标识码.</summary>
    Province = 3,

    /// <summary>国务院部门办公厅（室）: issues 网站标识码 for its system.</summary>
    Ministry = 4,
}
