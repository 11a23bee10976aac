namespace Pucha.Core.Organizations;

/// <summary>How a department is managed; decides whom it reports through (渝府办发〔2015〕52号 §三(四), 湘政办函〔2015〕43号).</summary>
public enum ManagementMode
{
    /// <summary>Ordinary department of a local government: reports through that government's office.</summary>
    Normal = 0,

    /// <summary>实行全系统垂直管理: reports through its ministry, never through the local government.</summary>
    Vertical = 1,

    /// <summary>实行双重管理: reports through the local government office, like an ordinary department.</summary>
    Double = 2,
}
