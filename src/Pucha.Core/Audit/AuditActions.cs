namespace Pucha.Core.Audit;

/// <summary>Chinese labels of <see cref="AuditAction"/> for the log view.</summary>
public static class AuditActions
{
    public static string Label(AuditAction action) => action switch
    {
        AuditAction.Login => "登录",
        AuditAction.LoginFailed => "登录失败",
        AuditAction.Logout => "退出",
        AuditAction.Create => "新增",
        AuditAction.Update => "修改",
        AuditAction.Delete => "删除",
        AuditAction.ResetPassword => "重置密码",
        AuditAction.ChangePassword => "修改密码",
        AuditAction.Lockout => "账号锁定",
        AuditAction.Submit => "提交",
        AuditAction.Approve => "审核通过",
        AuditAction.Return => "退回",
        AuditAction.Import => "导入",
        AuditAction.Export => "导出",
        _ => action.ToString(),
    };
}
