using Pucha.Core.Alerts;

namespace Pucha.Data.Alerts;

/// <summary>
/// An organizer's order for alerts (告警订阅): which kinds, about the sites of which subtree, sent
/// where, and when not to disturb. One channel and target per subscription; an organizer keeps as
/// many as it needs (an e-mail list and a 企业微信 group, say).
/// </summary>
public sealed class AlertSubscription
{
    public const int MaxNameLength = 100;
    public const int MaxTargetLength = 1000;
    public const int MaxSecretLength = 200;

    public int Id { get; set; }

    /// <summary>The organizer that owns it; null for a platform administrator's (the whole tree).</summary>
    public int? OrganizationId { get; set; }

    /// <summary>Alerts about sites whose organization path starts with this ("/" = every site).</summary>
    public string ScopePath { get; set; } = "/";

    public string Name { get; set; } = "";

    public AlertChannel Channel { get; set; }

    /// <summary>E-mail addresses separated by ',' or the robot's webhook URL.</summary>
    public string Target { get; set; } = "";

    /// <summary>钉钉 加签 secret (SEC…); signs each request when set.</summary>
    public string? Secret { get; set; }

    public AlertKinds Kinds { get; set; } = AlertKinds.All;

    /// <summary>免打扰 start, minutes after Beijing midnight; equal to the end for none.</summary>
    public int QuietStartMinute { get; set; }

    public int QuietEndMinute { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    public QuietHours QuietHours => new(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(QuietStartMinute)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(QuietEndMinute)));
}
