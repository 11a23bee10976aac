namespace Pucha.Core.Audit;

/// <summary>What happened. Stored as its number: append new values, never renumber.</summary>
public enum AuditAction
{
    /// <summary>登录.</summary>
    Login = 1,

    /// <summary>登录失败.</summary>
    LoginFailed = 2,

    /// <summary>退出.</summary>
    Logout = 3,

    /// <summary>新增.</summary>
    Create = 4,

    /// <summary>修改.</summary>
    Update = 5,

    /// <summary>删除.</summary>
    Delete = 6,

    /// <summary>重置密码.</summary>
    ResetPassword = 7,

    /// <summary>修改密码.</summary>
    ChangePassword = 8,

    /// <summary>账号锁定.</summary>
    Lockout = 9,

    /// <summary>提交.</summary>
    Submit = 10,

    /// <summary>审核通过.</summary>
    Approve = 11,

    /// <summary>退回.</summary>
    Return = 12,

    /// <summary>导入.</summary>
    Import = 13,

    /// <summary>导出.</summary>
    Export = 14,
}
