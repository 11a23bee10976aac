using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Pucha.Census.Desk;
using Pucha.Census.Excel;
using Pucha.Census.Recovery;
using Pucha.Data;
using Pucha.Data.Census;

namespace Pucha.Census;

/// <summary>The census pages' services: review desk, import/export, 「标识码找回」 and its rate limits.</summary>
public static class CensusFeature
{
    /// <summary>The rate-limiter policy of 「标识码找回」: per client IP, POSTs only.</summary>
    public const string RecoveryPolicy = "site-code-recovery";

    public static IServiceCollection AddCensusFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CensusOptions>(configuration.GetSection("Census"));
        services.Configure<ImportLimits>(configuration.GetSection("Census:Import"));
        services.Configure<SiteCodeRecoveryOptions>(configuration.GetSection(SiteCodeRecoveryOptions.Section));
        services.AddScoped(provider => new CensusReviewService(
            provider.GetRequiredService<PuchaDbContext>(), provider.GetRequiredService<IOptions<CensusOptions>>().Value));
        services.AddScoped(provider => new RegistryImporter(
            provider.GetRequiredService<PuchaDbContext>(), provider.GetRequiredService<IOptions<ImportLimits>>().Value,
            provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<RegistryExporter>();
        services.AddScoped<CensusDesk>();
        services.AddScoped<SiteCodeRecovery>();
        services.AddSingleton<SiteCodeRecoveryLimiter>();

        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RecoveryPolicy, context =>
            {
                // Showing the form costs nothing; only requests that may send mail count.
                if (!HttpMethods.IsPost(context.Request.Method))
                    return RateLimitPartition.GetNoLimiter("get");
                var settings = context.RequestServices.GetRequiredService<IOptions<SiteCodeRecoveryOptions>>().Value;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PerClientPermitLimit, Window = settings.PerClientWindow, QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (rejected, cancellation) =>
            {
                var settings = rejected.HttpContext.RequestServices.GetRequiredService<IOptions<SiteCodeRecoveryOptions>>().Value;
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = ((int)settings.PerClientWindow.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(LimitPage(SiteCodeRecoveryOptions.LimitMessage(settings.PerClientWindow)), cancellation);
            };
        });
        return services;
    }

    /// <summary>The page for a request over the per-client limit, written by the rate limiter itself (no page runs).</summary>
    private static string LimitPage(string message) =>
        $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>标识码找回 - 政府网站普查与监管平台</title>
        <link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css"></head>
        <body class="container py-4"><h1 class="h4">标识码找回</h1>
        <div class="alert alert-warning" role="alert">{WebUtility.HtmlEncode(message)}</div>
        <a href="/SiteCode/Recover">返回</a></body></html>
        """;
}
