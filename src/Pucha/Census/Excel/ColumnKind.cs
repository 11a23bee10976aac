namespace Pucha.Census.Excel;

/// <summary>One row of 政府网站栏目（系统）基本信息表 (seed 000 附件4): its content category and column kind.</summary>
public sealed record ColumnKind(string Category, string Kind);
