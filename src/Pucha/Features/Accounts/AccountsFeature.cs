using Microsoft.AspNetCore.Authentication.Cookies;

namespace Pucha.Features.Accounts;

/// <summary>Sign-in by cookie, the session check on each request, and the account services.</summary>
public static class AccountsFeature
{
    public const string CookieName = "pucha.auth";

    public static IServiceCollection AddPlatformAccounts(this IServiceCollection services, TimeProvider clock)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<SessionValidator>();
        services.AddScoped<SignInService>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<Pucha.Core.Audit.IAuditActor>(provider => provider.GetRequiredService<CurrentActor>());

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                // Strict: a cross-site page can neither post a form nor call the API with the cookie (decisions.md).
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/Account/Login";
                cookie.LogoutPath = "/Account/Logout";
                cookie.AccessDeniedPath = "/Error";
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.TimeProvider = clock;
                cookie.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<SessionValidator>().ValidateAsync(context),
                    OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden),
                };
            });
        services.AddAuthorization();
        return services;
    }

    /// <summary>The API answers 401/403 itself; pages are redirected to the login page as usual.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        if (status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
