using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.FileProviders;
using Pucha.Features.Accounts;
using Pucha.Features.Audit;
using Pucha.Features.Census;
using Pucha.Authorization;
using Pucha.Features.Campaigns;
using Pucha.Common;
using Pucha.Data;
using Pucha.Features.Inspections;
using Pucha.Features.ScoreSheets;
using Pucha.Mail;
using Pucha.Features.Monitoring;
using Pucha.Features.Monitoring.Dashboard;
using Pucha.Features.Organizations;
using Pucha.Features.Websites;

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
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024; // forms and JSON bodies of the registry are small
        });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        // Every SQL statement at Information would drown the log; warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.Clock);
        services.AddPuchaData(options.ConnectionString);
        services.AddPuchaMail(builder.Configuration, options.ConnectionString);
        if (options.Monitoring)
            services.AddPuchaMonitoring(builder.Configuration, options.ConnectionString);
        services.AddHostedService<PlatformInitializer>();
        services.AddHostedService<SqliteStatistics>();
        services.AddProblemDetails();
        // Chinese text stays readable in the HTML source instead of becoming &#x…; entities.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Pucha 普查 API";
            document.Info.Description = "政府网站普查与监管平台 JSON API。认证：登录后的 Cookie（SameSite=Strict）；请求体仅接受 application/json。";
            return Task.CompletedTask;
        }));
        services.AddPlatformAccounts(options.Clock);
        services.AddAccessScope();
        services.AddAuditFeature();
        services.AddOrganizationsFeature();
        services.AddWebsitesFeature();
        services.AddScoped<Pucha.Features.Alerts.AlertSubscriptionDirectory>();
        services.AddMonitoringDashboard();
        services.AddCampaignsFeature();
        services.AddCensusFeature(builder.Configuration);
        services.AddInspections(builder.Configuration).AddScoped<InspectionDesk>().AddHostedService<InspectionRunner>();
        services.AddScoreSheetsFeature();
        services.AddRazorPages(pages =>
        {
            // One folder per feature: a feature's pages sit beside its endpoints and services (docs/architecture.md).
            pages.RootDirectory = "/Features";
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/Account/Login");
            pages.Conventions.AllowAnonymousToPage("/Error");
            pages.Conventions.AllowAnonymousToPage("/SiteCode/Recover");
            pages.Conventions.AllowAnonymousToPage("/SelfCheck/Index");
        }).AddMvcOptions(mvc =>
        {
            // Required fields are decided by the domain validators, with their Chinese messages.
            mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            ChineseBindingMessages.Apply(mvc.ModelBindingMessageProvider);
        });

        var app = builder.Build();

        app.UseExceptionHandler("/Error");
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
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
        app.MapMonitoringEndpoints();
        app.MapCampaignEndpoints();
        app.MapInspectionEndpoints();
        app.MapScoreSheetEndpoints();
        app.MapRazorPages();
        return app;
    }
}
