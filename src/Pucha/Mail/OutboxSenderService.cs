using Microsoft.Extensions.Options;
using Pucha.Data;

namespace Pucha.Mail;

/// <summary>
/// The background loop that empties the outbox every <see cref="OutboxOptions.PollInterval"/>. It
/// never throws out of the loop: an unexpected error (the database unreachable, say) is logged and the
/// next round tries again, and mail not sent stays in the table.
/// </summary>
public sealed class OutboxSenderService(
    IServiceScopeFactory scopes,
    IOptions<SmtpSettings> smtp,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxSenderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!smtp.Value.IsConfigured)
        {
            logger.LogWarning("未配置邮件服务器（{Section}）：邮件保存在发件箱中，配置后自动发送。", SmtpSettings.Section);
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            if (!smtp.Value.IsConfigured)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<PuchaDbContext>();
                var delivery = new OutboxDelivery(context, new SmtpSender(smtp.Value), options.Value, clock);
                var sent = await delivery.RunOnceAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("已发送 {Count} 封邮件。", sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "发送邮件时出错，稍后重试。");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
