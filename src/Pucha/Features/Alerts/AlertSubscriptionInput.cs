using System.Globalization;
using System.Net.Mail;
using Pucha.Core.Alerts;
using Pucha.Data.Alerts;

namespace Pucha.Features.Alerts;

/// <summary>The settings form of one subscription, with its Chinese validation.</summary>
public sealed record AlertSubscriptionInput
{
    public const int MaxEmailRecipients = 20;

    public string Name { get; init; } = "";
    public AlertChannel Channel { get; init; } = AlertChannel.Email;
    public string Target { get; init; } = "";
    public string? Secret { get; init; }
    public List<AlertKinds> Kinds { get; init; } = [.. AlertKindRules.Each];

    /// <summary>"HH:mm" Beijing time, or empty for no quiet hours.</summary>
    public string? QuietStart { get; init; }

    public string? QuietEnd { get; init; }

    /// <summary>Field → message for every problem; empty when the input is valid.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        var name = (Name ?? "").Trim();
        if (name.Length == 0)
            errors[nameof(Name)] = "请填写订阅名称。";
        else if (name.Length > AlertSubscription.MaxNameLength)
            errors[nameof(Name)] = $"订阅名称不能超过{AlertSubscription.MaxNameLength}个字。";

        var target = (Target ?? "").Trim();
        switch (Channel)
        {
            case AlertChannel.Email:
                var addresses = Addresses(target);
                if (addresses.Count == 0)
                    errors[nameof(Target)] = "请填写接收告警的电子邮箱，多个用逗号分隔。";
                else if (addresses.Count > MaxEmailRecipients)
                    errors[nameof(Target)] = $"电子邮箱最多{MaxEmailRecipients}个。";
                else if (addresses.FirstOrDefault(a => !IsEmail(a)) is { } bad)
                    errors[nameof(Target)] = $"电子邮箱格式不正确：{bad}";
                break;
            case AlertChannel.WeCom or AlertChannel.DingTalk:
                if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                    errors[nameof(Target)] = "请填写机器人的 Webhook 地址（http:// 或 https:// 开头）。";
                break;
            default:
                errors[nameof(Channel)] = "请选择告警渠道。";
                break;
        }

        if (target.Length > AlertSubscription.MaxTargetLength)
            errors[nameof(Target)] = $"接收地址不能超过{AlertSubscription.MaxTargetLength}个字符。";
        if (!string.IsNullOrWhiteSpace(Secret) && Channel != AlertChannel.DingTalk)
            errors[nameof(Secret)] = "只有钉钉机器人使用加签密钥。";
        else if (Secret is { Length: > AlertSubscription.MaxSecretLength })
            errors[nameof(Secret)] = $"加签密钥不能超过{AlertSubscription.MaxSecretLength}个字符。";
        if (KindSet() == AlertKinds.None)
            errors[nameof(Kinds)] = "请至少选择一种告警类型。";

        var start = ParseTime(QuietStart);
        var end = ParseTime(QuietEnd);
        if (start is null && !string.IsNullOrWhiteSpace(QuietStart))
            errors[nameof(QuietStart)] = "免打扰开始时间应为“时:分”，如 22:00。";
        if (end is null && !string.IsNullOrWhiteSpace(QuietEnd))
            errors[nameof(QuietEnd)] = "免打扰结束时间应为“时:分”，如 07:00。";
        if ((start is null) != (end is null) && !errors.ContainsKey(nameof(QuietStart)) && !errors.ContainsKey(nameof(QuietEnd)))
            errors[nameof(QuietEnd)] = "免打扰时段须同时填写开始和结束时间。";
        return errors;
    }

    public AlertKinds KindSet() => (Kinds ?? []).Where(AlertKindRules.Each.Contains).Aggregate(AlertKinds.None, (all, k) => all | k);

    /// <summary>The entity for a valid input (call <see cref="Validate"/> first).</summary>
    public AlertSubscription ToSubscription(int? organizationId, string scopePath, DateTime nowUtc) => new()
    {
        OrganizationId = organizationId,
        ScopePath = scopePath,
        Name = Name.Trim(),
        Channel = Channel,
        Target = Channel == AlertChannel.Email ? string.Join(",", Addresses(Target)) : Target.Trim(),
        Secret = string.IsNullOrWhiteSpace(Secret) ? null : Secret.Trim(),
        Kinds = KindSet(),
        QuietStartMinute = ParseTime(QuietStart) ?? 0,
        QuietEndMinute = ParseTime(QuietEnd) ?? 0,
        Enabled = true,
        CreatedUtc = nowUtc,
    };

    private static List<string> Addresses(string? text) =>
        (text ?? "").Split([',', '，', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static bool IsEmail(string address) =>
        MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && address.Contains('.', StringComparison.Ordinal);

    private static int? ParseTime(string? text) =>
        TimeOnly.TryParseExact((text ?? "").Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.Hour * 60 + time.Minute
            : null;
}
