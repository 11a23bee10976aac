using Microsoft.Extensions.Options;
using Pucha.Data;
using Pucha.Data.Census;
using Pucha.Features.Census.Desk;
using Pucha.Features.Census.Excel;
using Pucha.Features.SiteCode;

namespace Pucha.Features.Census;

/// <summary>The census pages' services: review desk, import/export, 「标识码找回」 and its rate limits.</summary>
public static class CensusFeature
{
    public static IServiceCollection AddCensusFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CensusOptions>().Bind(configuration.GetSection("Census"));
        services.AddOptions<ImportLimits>().Bind(configuration.GetSection("Census:Import"));
        services.AddOptions<SiteCodeRecoveryOptions>().Bind(configuration.GetSection(SiteCodeRecoveryOptions.Section));
        services.AddScoped(provider => new CensusReviewStore(
            provider.GetRequiredService<PuchaDbContext>(), provider.GetRequiredService<IOptions<CensusOptions>>().Value));
        services.AddScoped(provider => new RegistryImporter(
            provider.GetRequiredService<PuchaDbContext>(), provider.GetRequiredService<IOptions<ImportLimits>>().Value,
            provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<RegistryExporter>();
        services.AddScoped<CensusDesk>();
        services.AddScoped<SiteCodeRecovery>();
        services.AddScoped<SiteCodeRecoveryLimiter>();
        return services;
    }
}
