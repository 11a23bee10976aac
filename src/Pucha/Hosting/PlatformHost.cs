using Microsoft.Extensions.FileProviders;
using Pucha.Accounts;
using Pucha.Audit;
using Pucha.Organizations;
using Pucha.Websites;

namespace Pucha.Hosting;

/// <summary>
/// Builds the web platform: the same application for `pucha serve` and for the tests, which run it on
/// real Kestrel at 127.0.0.1:0. Each feature registers its own services and endpoints.
/// </summary>
public static class PlatformHost
{
    public static WebApplication Build(PlatformOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Razor Pages are compiled into pucha.dll; name it even when a test host is the entry assembly.
            ApplicationName = typeof(PlatformHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 4 * 1024 * 1024; // forms and JSON bodies are small
        });
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.Clock);
        services.AddPlatformData(options.Database);
        services.AddHostedService<PlatformInitializer>();
        services.AddProblemDetails();
        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Pucha 普查 API";
            document.Info.Description = "政府网站普查与监管平台 JSON API。认证：登录后的 Cookie（SameSite=Strict）；请求体仅接受 application/json。";
            return Task.CompletedTask;
        }));
        services.AddPlatformAccounts(options.Clock);
        services.AddAuditFeature();
        services.AddOrganizationsFeature();
        services.AddWebsitesFeature();
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/Account/Login");
            pages.Conventions.AllowAnonymousToPage("/Error");
        });

        var app = builder.Build();

        app.UseExceptionHandler("/Error");
        app.UseStatusCodePages();
        var assets = new EmbeddedFileProvider(typeof(PlatformHost).Assembly, "Pucha.wwwroot");
        app.Environment.WebRootFileProvider = assets;
        app.UseStaticFiles(new StaticFileOptions { FileProvider = assets });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePasswordChangeGate();

        app.MapHealthEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapOrganizationEndpoints();
        app.MapWebsiteEndpoints();
        app.MapRazorPages();
        return app;
    }
}
