namespace Pucha.Features.Accounts;

/// <summary>
/// Until a signed-in user has replaced an initial or reset password, every page leads to 修改密码 and
/// every API call is refused (403 problem+json): nothing else can be read or changed with it.
/// </summary>
public static class PasswordChangeGate
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    private static readonly PathString[] Allowed = [ChangePasswordPath, "/Account/Logout", "/lib", "/css", "/healthz", "/Error"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.User.MustChangePassword() || Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "请先修改初始密码",
                detail: "首次登录或密码被重置后，须先修改密码才能使用平台。").ExecuteAsync(context);
            return;
        }

        context.Response.Redirect(ChangePasswordPath);
    });
}
