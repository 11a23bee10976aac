namespace Pucha.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>Binds "Mail:Smtp" and "Mail:Outbox" and starts the outbox sender with the host.</summary>
    public static IServiceCollection AddPuchaMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpSettings>(configuration.GetSection(SmtpSettings.Section));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<OutboxSenderService>();
        return services;
    }
}
