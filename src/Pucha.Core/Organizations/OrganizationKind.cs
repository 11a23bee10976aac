namespace Pucha.Core.Organizations;

/// <summary>What a unit is in the census hierarchy (渝府办发〔2015〕52号 附件1, 《关于开展第一次全国政府网站普查的通知》解读（国办发〔2015〕15号）).</summary>
public enum OrganizationKind
{
    /// <summary>国务院办公厅: the root organizer.</summary>
    StateCouncilOffice = 1,

    /// <summary>省级政府办公厅.</summary>
    ProvincialGovernmentOffice = 2,

    /// <summary>国务院各部门办公厅（室）: organizer of a State Council department and its whole system.</summary>
    MinistryOffice = 3,

    /// <summary>市级政府办公室.</summary>
    CityGovernmentOffice = 4,

    /// <summary>县级政府办公室.</summary>
    CountyGovernmentOffice = 5,

    /// <summary>省级垂直管理部门: a vertically managed department's provincial office, an organizer under its ministry.</summary>
    ProvincialVerticalDepartment = 6,

    /// <summary>填报单位: the unit that runs websites and fills in their forms.</summary>
    ReportingUnit = 7,
}
