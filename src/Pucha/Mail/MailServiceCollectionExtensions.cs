using Microsoft.Extensions.DependencyInjection.Extensions;
using Pucha.Data.Infrastructure;
using Pucha.Data.Mail;

namespace Pucha.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Binds "Mail:Smtp" and "Mail:Outbox", registers the key that seals outbox bodies and starts the
    /// outbox sender with the host. The key is read (or created, in the data directory of
    /// <paramref name="connectionString"/> unless configured) right here, so a bad key stops the start
    /// rather than the first mail.
    /// </summary>
    public static IServiceCollection AddPuchaMail(this IServiceCollection services, IConfiguration configuration, string? connectionString)
    {
        services.AddOptions<SmtpSettings>().Bind(configuration.GetSection(SmtpSettings.Section));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        // The host may already have registered its own clock (tests inject one); keep it.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateCipher(configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions(), connectionString));
        services.AddHostedService<OutboxSenderService>();
        return services;
    }

    // A key that cannot be read or made is a configuration error: `pucha serve` and `pucha worker` report
    // ArgumentException as such and stop before anything runs.
    private static OutboxBodyCipher CreateCipher(OutboxOptions options, string? connectionString)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(options.Key))
                return new OutboxBodyCipher(OutboxKeyFile.Parse(options.Key, $"{OutboxOptions.Section}:Key"));
            var path = string.IsNullOrWhiteSpace(options.KeyFile)
                ? Path.Combine(SqliteConnectionStrings.DataDirectory(connectionString), OutboxKeyFile.DefaultFileName)
                : options.KeyFile;
            return new OutboxBodyCipher(OutboxKeyFile.LoadOrCreate(path));
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"发件箱密钥不可用：{e.Message}", e);
        }
    }
}
