namespace Pucha.Inspection.Analysis.Columns;

/// <summary>The update duty of a column, by what its name says it publishes.</summary>
internal enum ColumnUpdateDuty
{
    /// <summary>动态、要闻、新闻 …: at least one new item every 2 weeks.</summary>
    News,

    /// <summary>通知公告、政策文件、政策解读 …: at least one new item every 6 months.</summary>
    NoticeOrPolicy,

    /// <summary>人事、规划计划 …: at least one new item every year.</summary>
    PersonnelOrPlanning,

    /// <summary>Anything else: should be kept current, no fixed period in the indicators.</summary>
    Other,
}
