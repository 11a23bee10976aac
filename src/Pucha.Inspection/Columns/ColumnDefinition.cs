namespace Pucha.Inspection.Columns;

/// <summary>
/// One column of the site's column table (栏目（系统）基本信息表, 渝府办发〔2015〕52号 附件4): its category
/// (信息公开类/互动回应类/办事服务类), its kind (e.g. 工作动态, 通知公告), its name and address.
/// </summary>
public sealed record ColumnDefinition(string? Category, string? Kind, string Name, Uri Url);
