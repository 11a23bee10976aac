using System.Net;
using Pucha.Hosting;
using Pucha.Inspection.Fetching;

namespace Pucha.Features.Alerts;

/// <summary>Configuration section "Alerts" (e.g. <c>Alerts__DownAfterFailures=3</c>). Every limit explicit.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>Consecutive failed homepage visits that make a site "down".</summary>
    public int DownAfterFailures { get; set; } = 3;

    /// <summary>Days before a column goes stale that its deadline alert is raised.</summary>
    public int ColumnDeadlineDays { get; set; } = 3;

    /// <summary>Days before the homepage certificate expires that its alert is raised.</summary>
    public int CertificateDays { get; set; } = 14;

    /// <summary>How often outages and recoveries are looked for.</summary>
    public int EvaluationSeconds { get; set; } = 60;

    /// <summary>How often column deadlines and certificates are looked at (they move by the day).</summary>
    public int DeadlineEvaluationMinutes { get; set; } = 60;

    /// <summary>How often due deliveries are sent.</summary>
    public int DeliveryPollSeconds { get; set; } = 10;

    /// <summary>Time limit of one webhook request, connection and answer included.</summary>
    public int WebhookTimeoutSeconds { get; set; } = 10;

    /// <summary>Attempts of one delivery before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failed attempt; doubled after each further one, up to <see cref="MaxRetrySeconds"/>.</summary>
    public int FirstRetrySeconds { get; set; } = 30;

    public int MaxRetrySeconds { get; set; } = 3600;

    /// <summary>Deliveries handled per round.</summary>
    public int DeliveryBatchSize { get; set; } = 50;

    /// <summary>
    /// Private address ranges webhooks may reach (CIDR). Empty by default: like the probes, a URL
    /// typed into a form never reaches the platform's own network unless the operator allows it.
    /// </summary>
    public string[] AllowWebhookNetworks { get; set; } = [];

    public AlertOptions Validate()
    {
        OptionRules.Require(DownAfterFailures, 1, 100, nameof(DownAfterFailures), "连续访问失败次数");
        OptionRules.Require(ColumnDeadlineDays, 0, 180, nameof(ColumnDeadlineDays), "栏目超期提前提醒天数");
        OptionRules.Require(CertificateDays, 1, 365, nameof(CertificateDays), "证书到期提前提醒天数");
        OptionRules.Require(EvaluationSeconds, 1, 3600, nameof(EvaluationSeconds), "告警评估间隔（秒）");
        OptionRules.Require(DeadlineEvaluationMinutes, 1, 1440, nameof(DeadlineEvaluationMinutes), "栏目与证书评估间隔（分钟）");
        OptionRules.Require(DeliveryPollSeconds, 1, 3600, nameof(DeliveryPollSeconds), "告警发送间隔（秒）");
        OptionRules.Require(WebhookTimeoutSeconds, 1, 60, nameof(WebhookTimeoutSeconds), "Webhook 超时（秒）");
        OptionRules.Require(MaxAttempts, 1, 50, nameof(MaxAttempts), "最多发送次数");
        OptionRules.Require(FirstRetrySeconds, 1, 86_400, nameof(FirstRetrySeconds), "首次重试等待（秒）");
        OptionRules.Require(MaxRetrySeconds, FirstRetrySeconds, 86_400, nameof(MaxRetrySeconds), "最长重试等待（秒）");
        OptionRules.Require(DeliveryBatchSize, 1, 1000, nameof(DeliveryBatchSize), "每轮发送条数");
        _ = AllowedWebhookNetworks();
        return this;
    }

    public IReadOnlyList<IPNetwork> AllowedWebhookNetworks() => OptionRules.Networks(AllowWebhookNetworks, "Alerts:AllowWebhookNetworks");

    /// <summary>FirstRetry × 2^(attempts−1), at most MaxRetry.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var seconds = FirstRetrySeconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetrySeconds));
    }
}
