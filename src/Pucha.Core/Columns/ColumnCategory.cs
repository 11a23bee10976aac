namespace Pucha.Core.Columns;

/// <summary>内容类别 of 政府网站栏目（系统）基本信息表 (渝府办发〔2015〕52号 附件4).</summary>
public enum ColumnCategory
{
    /// <summary>信息公开类.</summary>
    InformationDisclosure = 1,

    /// <summary>互动回应类.</summary>
    InteractionResponse = 2,

    /// <summary>办事服务类.</summary>
    OnlineService = 3,
}
