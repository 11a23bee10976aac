using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pucha.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>Binds "Mail:Smtp" and "Mail:Outbox" and starts the outbox sender with the host.</summary>
    public static IServiceCollection AddPuchaMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpSettings>(configuration.GetSection(SmtpSettings.Section));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        // The host may already have registered its own clock (tests inject one); keep it.
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<OutboxSenderService>();
        return services;
    }
}
